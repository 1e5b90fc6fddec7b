// Load for database_restart_under_load.sh (loopback only; stops on SIGTERM, or after MAX_SECONDS). Customers post
// inquiries through the pages, advisors reply through the API, and one advisor follows the change feed with
// long-polls, as the desktop client does. Every write the server acknowledged is printed ("I <id>", "R <id>");
// at the end one JSON line: the answers by status, and the acknowledged inquiries the follower never saw.
// Usage: node restart_load.mjs CUSTOMER_URL API_URL CA_PEM ADVISOR_PEM MAX_SECONDS
import fs from 'node:fs';
import { clients } from '../../bench/lib/clients.mjs';

const [customerUrl, apiUrl, caFile, advisorPem, maxSecondsArg] = process.argv.slice(2);
const { agent, request, Customer } = clients({ customerUrl, ca: fs.readFileSync(caFile), pem: fs.readFileSync(advisorPem, 'utf8') });
const WRITERS = 4;
const end = Date.now() + Number(maxSecondsArg || 120) * 1000;
let writing = true;
process.on('SIGTERM', () => { writing = false; });
const pause = ms => new Promise(r => setTimeout(r, ms));
const statuses = {};
const count = status => { statuses[status] = (statuses[status] || 0) + 1; };
const acknowledged = [];
const seen = new Set();
let networkErrors = 0;

async function signedUp(i) {
  for (;;) {
    const customer = new Customer(`restart${i}-${Date.now()}@example.com`, `127.0.0.${10 + i}`);
    try { await customer.signUp(); return customer; } catch { await pause(200); }
  }
}

async function write(customer, advisor, i) {
  let n = 0;
  while (writing && Date.now() < end) {
    try {
      if (n++ % 2 === 0 || acknowledged.length === 0) {
        const res = await customer.send('POST', '/inquiries', { topic: 'mortgage', subject: `restart ${i}-${n}`, body: 'Must survive. '.repeat(10) });
        // Only a redirect to the new inquiry acknowledges it; one to the sign-in page (an outage that signed the
        // customer out) is counted under its own name, which the test does not allow.
        const created = res.status === 303 && /^\/inquiries\/\d+$/.test(res.headers.location || '');
        count(res.status === 303 && !created ? `303 to ${res.headers.location}` : res.status);
        if (created) {
          const id = Number(res.headers.location.split('/').pop());
          acknowledged.push(id);
          process.stdout.write(`I ${id}\n`);
        } else {
          await pause(50);
        }
      } else {
        const id = acknowledged[Math.floor(Math.random() * acknowledged.length)];
        const res = await request(apiUrl, advisor, 'POST', `/api/v1/inquiries/${id}/replies`,
          { body: JSON.stringify({ body: 'Survives too. '.repeat(10) }), headers: { 'Content-Type': 'application/json' } });
        count(res.status);
        if (res.status === 201)
          process.stdout.write(`R ${JSON.parse(res.body).message.id}\n`);
        else
          await pause(50);
      }
    } catch {
      ++networkErrors;
      await pause(50);
    }
  }
}

// The follower keeps its cursor across failures, as the client's sync engine does.
async function follow(until) {
  const advisor = agent(true);
  let cursor = 0;
  while (until()) {
    try {
      const res = await request(apiUrl, advisor, 'GET', `/api/v1/changes?since=${cursor}&wait=2`);
      count(`feed ${res.status}`);
      if (res.status !== 200) { await pause(100); continue; }
      const batch = JSON.parse(res.body);
      for (const inquiry of batch.inquiries) seen.add(inquiry.id);
      cursor = batch.cursor;
    } catch {
      ++networkErrors;
      await pause(100);
    }
  }
}

const customers = await Promise.all(Array.from({ length: WRITERS }, (_, i) => signedUp(i)));
const advisors = Array.from({ length: WRITERS }, () => agent(true));
let writersDone = false;
let followUntil = Infinity;
const follower = follow(() => !writersDone || (Date.now() < followUntil && !acknowledged.every(id => seen.has(id))));
await Promise.all(customers.map((customer, i) => write(customer, advisors[i], i)));
// The writers stopped: the follower gets up to 15 s to see every acknowledged inquiry.
followUntil = Date.now() + 15000;
writersDone = true;
await follower;
const missing = acknowledged.filter(id => !seen.has(id));
process.stdout.write(`SUMMARY ${JSON.stringify({ statuses, networkErrors, acknowledged: acknowledged.length, missing })}\n`);
