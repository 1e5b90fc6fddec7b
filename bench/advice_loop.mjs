// Load driver for bench/advice_loop (run by hand, never by CTest). Loopback only, bounded in time and count.
// Usage: node advice_loop.mjs CUSTOMER_URL API_URL CA_PEM ADVISOR_PEM SECONDS CLIENTS [all|feed|write]
// "feed" measures only the change-feed latency (bench/advice_loop runs it again while a pool connection is held);
// "write" only the inquiries and replies (bench/report_load, beside reports).
import fs from 'node:fs';
import { clients } from './lib/clients.mjs';
import { measureCpu } from './lib/cpu.mjs';

const serverPid = Number(process.env.CONFIDANT_SERVER_PID || 0);

const [customerUrl, apiUrl, caFile, advisorPem, secondsArg, clientsArg, modeArg] = process.argv.slice(2);
const feedOnly = modeArg === 'feed';
const seconds = Number(secondsArg || 10);
const ca = fs.readFileSync(caFile);
const pem = fs.readFileSync(advisorPem, 'utf8');
const CLIENTS = Number(clientsArg || 16);
const { agent, request, Customer } = clients({ customerUrl, ca, pem });

// Runs `worker` in CLIENTS loops for `ms`; the rate and the CPU each side spent per request.
async function forDuration(ms, worker) {
  const end = Date.now() + ms;
  const cpu = await measureCpu(serverPid, async () => {
    let count = 0;
    await Promise.all(Array.from({ length: CLIENTS }, async (_, i) => {
      while (Date.now() < end) { await worker(i, count); count++; }
    }));
    return count;
  });
  return { perSecond: cpu.requests / (ms / 1000), ...cpu };
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

const customers = Array.from({ length: CLIENTS }, (_, i) => new Customer(`bench${i}-${Date.now()}@example.com`, `127.0.0.${10 + i}`));
// At once: each waits for its confirmation mail, which leaves in the outbox's next round.
await Promise.all(customers.map(c => c.signUp()));
const advisors = Array.from({ length: CLIENTS }, () => agent(true));

if (!feedOnly) {
  const ids = [];
  const inquiriesPerSecond = await forDuration(seconds * 1000, async i => ids.push(await customers[i].ask('Benchmark')));
  let replyIndex = 0;
  const repliesPerSecond = await forDuration(seconds * 1000, async i => {
    const id = ids[replyIndex++ % ids.length];
    const res = await request(apiUrl, advisors[i], 'POST', `/api/v1/inquiries/${id}/replies`,
      { body: JSON.stringify({ body: 'Benchmark reply. '.repeat(20) }), headers: { 'Content-Type': 'application/json' } });
    if (res.status !== 201) throw new Error(`reply answered ${res.status}`);
  });
  console.log(JSON.stringify({ inquiriesPerSecond: inquiriesPerSecond.perSecond, repliesPerSecond: repliesPerSecond.perSecond,
                               inquiriesWritten: ids.length, inquiryCpu: inquiriesPerSecond, replyCpu: repliesPerSecond }));
  if (modeArg === 'write') process.exit(0);
}

// Feed latency: one advisor holds a long-poll; customers post about 100 inquiries per second, each stamped with the
// moment it was sent; the latency is from sending the post to the long-poll's answer that carries it (so it includes
// the post itself: the customer's click until the advisor sees it).
const sentAt = new Map();
const latencies = [];
let cursor = JSON.parse((await request(apiUrl, advisors[0], 'GET', '/api/v1/changes?since=0&limit=1')).body).cursor;
cursor = Number((await (async () => { let c = cursor; for (;;) { const b = JSON.parse((await request(apiUrl, advisors[0], 'GET', `/api/v1/changes?since=${c}`)).body); c = b.cursor; if (!b.hasMore) return c; } })()));
let polling = true;
const poller = (async () => {
  while (polling) {
    const batch = JSON.parse((await request(apiUrl, advisors[0], 'GET', `/api/v1/changes?since=${cursor}&wait=2`)).body);
    const now = performance.now();
    for (const inquiry of batch.inquiries) {
      const sent = sentAt.get(inquiry.subject);
      if (sent !== undefined) { latencies.push(now - sent); sentAt.delete(inquiry.subject); }
    }
    cursor = batch.cursor;
  }
})();
const feedEnd = Date.now() + seconds * 1000;
let n = 0;
while (Date.now() < feedEnd) {
  const tick = Date.now();
  await Promise.all(customers.slice(0, 4).map(async c => {
    const subject = `latency ${n++}`;
    sentAt.set(subject, performance.now());
    await c.ask(subject);
  }));
  await new Promise(r => setTimeout(r, Math.max(0, 40 - (Date.now() - tick)))); // 4 posts per 40 ms = 100/s, whatever CLIENTS is
}
await new Promise(r => setTimeout(r, 1000));
polling = false;
await poller;
latencies.sort((a, b) => a - b);
console.log(JSON.stringify({ feedSamples: latencies.length, feedPosts: n, feedMedianMs: percentile(latencies, 0.5), feedP99Ms: percentile(latencies, 0.99) }));
