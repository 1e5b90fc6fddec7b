// Load driver for bench/retention_sweep (run by hand, never by CTest). Loopback only, bounded in time.
// Usage: node sweep_pages.mjs CUSTOMER_URL CA_PEM SECONDS CLIENTS COMMANDS_FIFO SERVER_OUT BOUND_SECONDS
// CLIENTS customers (each from its own 127.0.0.x, keep-alive, signed in as a customer would) each write one inquiry,
// then read their mailbox (GET /inquiries) and their thread (GET /inquiries/{id}) in turn: first SECONDS without a
// sweep; then it writes "sweep" to server_bench's command FIFO and reads the same pages until the server prints
// SWEEP_DONE or BOUND_SECONDS pass; then it waits for SWEEP_DONE without load (at most 30 minutes). One JSON line.
import fs from 'node:fs';
import { clients } from './lib/clients.mjs';
import { measureCpu } from './lib/cpu.mjs';

const [customerUrl, caFile, secondsArg, clientsArg, commands, serverOut, boundArg] = process.argv.slice(2);
const seconds = Number(secondsArg || 10);
const CLIENTS = Number(clientsArg || 8);
const bound = Number(boundArg || 120);
const serverPid = Number(process.env.CONFIDANT_SERVER_PID || 0);
const { Customer } = clients({ customerUrl, ca: fs.readFileSync(caFile), pem: '' });

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
const sweepLine = () => /^SWEEP_DONE inquiries=(\d+) accounts=(\d+) ms=(\d+)$/m.exec(fs.readFileSync(serverOut, 'utf8'));
let lastLook = 0;

const customers = Array.from({ length: CLIENTS }, (_, i) => new Customer(`sweep${i}-${Date.now()}@example.com`, `127.0.0.${10 + i}`));
// At once: each waits for its confirmation mail, which leaves in the outbox's next round.
await Promise.all(customers.map(async c => {
  await c.signUp();
  c.inquiry = await c.ask('Live inquiry during the sweep');
}));

// Every client reads its two pages in turn until `done()`; the latency of each request, in ms.
async function readPages(done) {
  const latencies = [];
  let errors = 0;
  const cpu = await measureCpu(serverPid, async () => {
    await Promise.all(customers.map(async c => {
      for (let k = 0; !done(); k++) {
        const path = k % 2 === 0 ? '/inquiries' : `/inquiries/${c.inquiry}`;
        const start = performance.now();
        const res = await c.send('GET', path);
        latencies.push(performance.now() - start);
        if (res.status !== 200 || (k % 2 === 1 && !res.body.includes('Live inquiry during the sweep'))) errors++;
      }
    }));
    return latencies.length;
  });
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, errors, p50Ms: percentile(latencies, 0.5), p99Ms: percentile(latencies, 0.99),
           maxMs: latencies[latencies.length - 1], serverCpuMs: cpu.serverCpuMs, postgresCpuMs: cpu.postgresCpuMs };
}

for (const c of customers) await c.send('GET', '/inquiries'); // warm: prepared statements, TLS sessions
const withoutStart = Date.now();
const without = await readPages(() => Date.now() - withoutStart > seconds * 1000);
without.seconds = (Date.now() - withoutStart) / 1000;

fs.writeFileSync(commands, 'sweep\n');
const sweepStart = Date.now();
let doneAt = 0;
const during = await readPages(() => {
  if (!doneAt && Date.now() - lastLook >= 100) { lastLook = Date.now(); if (sweepLine()) doneAt = Date.now(); }
  return doneAt !== 0 || Date.now() - sweepStart > bound * 1000;
});
during.seconds = (Date.now() - sweepStart) / 1000;
while (!sweepLine() && Date.now() - sweepStart < 1800 * 1000) await new Promise(r => setTimeout(r, 100));
if (!doneAt && sweepLine()) doneAt = Date.now();
const line = sweepLine();
console.log(JSON.stringify({ clients: CLIENTS, without, during, sweepStartMs: sweepStart, sweepEndMs: doneAt || Date.now(),
                             sweepDoneWithinBound: doneAt !== 0 && doneAt - sweepStart <= bound * 1000 + 1000,
                             sweepInquiries: line ? Number(line[1]) : null, sweepServerMs: line ? Number(line[3]) : null }));
