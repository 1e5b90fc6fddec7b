// One customer's flood beside an advisor (audit finding 5 of issue 20), run by hand from bench/customer_flood.
//   node customer_flood.mjs signup CUSTOMER_URL CA COOKIES_FILE        registers heavy@example.com, keeps its cookies
//   node customer_flood.mjs run CUSTOMER_URL API_URL CA ADVISOR_PEM COOKIES_FILE SECONDS EXPORTS READERS SERVER_PID
// `run` measures the advisor's queue read (GET /api/v1/queue?limit=50, one client, one after the other, each followed
// by opening a thread of the queue: GET /api/v1/inquiries/ID) for SECONDS
// alone (the baseline), then for SECONDS while the customer runs EXPORTS exports at once in a loop (JSON and HTML,
// the body read and dropped) and READERS page readers (mailbox pages, older pages, threads). Prints one JSON line.
import fs from 'node:fs';
import https from 'node:https';
import { clients } from './lib/clients.mjs';

const [mode, customerUrl, ...rest] = process.argv.slice(2);

function percentile(sorted, p) { return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] : NaN; }
function summary(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { count: sorted.length, p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), max: sorted[sorted.length - 1] };
}
function rssMiB(pid) {
  const line = fs.readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find(l => l.startsWith('VmRSS:'));
  return Number(line.split(/\s+/)[1]) / 1024;
}

if (mode === 'signup') {
  const [caFile, cookiesFile] = rest;
  const { Customer } = clients({ customerUrl, ca: fs.readFileSync(caFile) });
  const heavy = new Customer('heavy@example.com');
  await heavy.signUp();
  fs.writeFileSync(cookiesFile, JSON.stringify([...heavy.cookies]));
  process.exit(0);
}

const [apiUrl, caFile, advisorPem, cookiesFile, secondsArg, exportsArg, readersArg, pidArg] = rest;
const ca = fs.readFileSync(caFile), pem = fs.readFileSync(advisorPem, 'utf8');
const seconds = Number(secondsArg), exportCount = Number(exportsArg), readerCount = Number(readersArg), pid = Number(pidArg);
const cookies = JSON.parse(fs.readFileSync(cookiesFile, 'utf8'));
const { Customer } = clients({ customerUrl, ca });
const heavyCustomer = () => { const c = new Customer('heavy@example.com'); c.cookies = new Map(cookies); return c; };

const advisorAgent = new https.Agent({ keepAlive: true, maxSockets: 1, ca, cert: pem, key: pem });
function timedGet(url, agent, headers = {}) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    let bytes = 0;
    const req = https.get(url, { agent, headers }, res => {
      res.on('data', c => { bytes += c.length; });
      res.on('end', () => resolve({ status: res.statusCode, bytes, complete: res.complete, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
      res.on('aborted', () => resolve({ status: res.statusCode, bytes, complete: false, ms: NaN }));
    });
    req.on('error', reject);
    timedGet.open.add(req);
    req.on('close', () => timedGet.open.delete(req));
  });
}
timedGet.open = new Set();

// The queue's answer is kept until the next change (QueueCache) and the customer's flood changes nothing, so the
// advisor also opens a thread each round: a read that needs one of the API's database connections.
async function advisorPhase(end, thread) {
  const queue = [], threads = [];
  while (Date.now() < end) {
    const q = await timedGet(new URL('/api/v1/queue?limit=50', apiUrl), advisorAgent);
    const t = await timedGet(new URL(`/api/v1/inquiries/${thread}`, apiUrl), advisorAgent);
    if (q.status !== 200 || t.status !== 200) throw new Error(`queue answered ${q.status}, thread ${t.status}`);
    queue.push(q.ms);
    threads.push(t.ms);
  }
  return { ...summary(queue), thread: summary(threads) };
}
const firstInQueue = await new Promise((resolve, reject) => {
  https.get(new URL('/api/v1/queue?limit=1', apiUrl), { agent: advisorAgent }, res => {
    const chunks = []; res.on('data', c => chunks.push(c)); res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks)).inquiries[0].id));
  }).on('error', reject);
});

function sampleRss(until) {
  let peak = 0;
  const timer = setInterval(() => { peak = Math.max(peak, rssMiB(pid)); }, 100);
  return until.then(result => { clearInterval(timer); return { result, peakRssMiB: Math.max(peak, rssMiB(pid)) }; });
}

async function exportLoop(index, end, done) {
  const customer = heavyCustomer();
  const cookie = [...customer.cookies].map(([n, v]) => `${n}=${v}`).join('; ');
  while (Date.now() < end) {
    const path = index % 2 ? '/account/export.html' : '/account/export.json';
    const r = await timedGet(new URL(path, customerUrl), customer.agent, { Cookie: cookie }).catch(() => ({ complete: false }));
    if (r.complete && r.status === 200) done.push({ ms: r.ms, bytes: r.bytes });
  }
}

async function readerLoop(end, latencies) {
  const customer = heavyCustomer();
  while (Date.now() < end) {
    let path = '/inquiries';
    for (let page = 0; page < 5 && path && Date.now() < end; ++page) {
      const started = process.hrtime.bigint();
      const res = await customer.send('GET', path);
      latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
      const older = /<a href="(\/inquiries\?older=[^"]+)" rel="next">/.exec(res.body);
      const thread = /<a href="(\/inquiries\/[0-9]+)">/.exec(res.body);
      if (thread) {
        const t = process.hrtime.bigint();
        await customer.send('GET', thread[1]);
        latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
      path = older ? older[1] : null;
    }
  }
}

const idleRss = rssMiB(pid);
const baseline = await sampleRss(advisorPhase(Date.now() + seconds * 1000, firstInQueue));
const floodEnd = Date.now() + (seconds + 3) * 1000;
const exportsDone = [], pageLatencies = [];
const flood = [...Array.from({ length: exportCount }, (_, i) => exportLoop(i, floodEnd, exportsDone)),
               ...Array.from({ length: readerCount }, () => readerLoop(floodEnd, pageLatencies))];
await new Promise(r => setTimeout(r, 3000)); // the exports under way before the advisor is measured
const busy = await sampleRss(advisorPhase(Date.now() + seconds * 1000, firstInQueue));
setTimeout(() => { for (const req of timedGet.open) req.destroy(); }, Math.max(0, floodEnd - Date.now()) + 120_000).unref();
await Promise.all(flood);
const exportMs = summary(exportsDone.map(e => e.ms));
console.log(JSON.stringify({
  idleRssMiB: idleRss, baseline: baseline.result, baselinePeakRssMiB: baseline.peakRssMiB,
  flood: busy.result, floodPeakRssMiB: busy.peakRssMiB,
  exportsCompleted: exportsDone.length, exportMs, exportMiB: exportsDone.length ? Math.max(...exportsDone.map(e => e.bytes)) / 1048576 : 0,
  pages: summary(pageLatencies),
}));
