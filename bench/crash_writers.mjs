// Writers for bench/crash_loop (run by hand, never by CTest; loopback only, stops when told or after its limit).
// Customers post inquiries through the pages and advisors reply through the API, without pause. Every write the
// server acknowledged (303 with the new inquiry, 201 with the new message) is printed as "I <id>" or "R <id>";
// a write cut off by the server's death is not acknowledged and is tried again with a new one.
// Usage: node crash_writers.mjs CUSTOMER_URL API_URL CA_PEM ADVISOR_PEM MAX_SECONDS   (SIGTERM ends it)
import fs from 'node:fs';
import { clients } from './lib/clients.mjs';

const [customerUrl, apiUrl, caFile, advisorPem, maxSecondsArg] = process.argv.slice(2);
const { agent, request, Customer } = clients({ customerUrl, ca: fs.readFileSync(caFile), pem: fs.readFileSync(advisorPem, 'utf8') });
const WRITERS = 4;
const end = Date.now() + Number(maxSecondsArg || 300) * 1000;
let running = true;
process.on('SIGTERM', () => { running = false; });
const pause = ms => new Promise(r => setTimeout(r, ms));

// Sign-up needs a live server; retried until the first start is up.
async function signedUp(i) {
  for (;;) {
    const customer = new Customer(`crash${i}-${Date.now()}@example.com`);
    try { await customer.signUp(); return customer; } catch { await pause(200); }
  }
}

const customers = await Promise.all(Array.from({ length: WRITERS }, (_, i) => signedUp(i)));
const advisors = Array.from({ length: WRITERS }, () => agent(true));
const inquiries = [];

await Promise.all(customers.map(async (customer, i) => {
  let n = 0;
  while (running && Date.now() < end) {
    try {
      if (n++ % 2 === 0 || inquiries.length === 0) {
        const res = await customer.send('POST', '/inquiries', { topic: 'mortgage', subject: `crash ${i}-${n}`, body: 'Must survive. '.repeat(10) });
        if (res.status === 303) {
          const id = Number(res.headers.location.split('/').pop());
          inquiries.push(id);
          process.stdout.write(`I ${id}\n`);
        }
      } else {
        const id = inquiries[Math.floor(Math.random() * inquiries.length)];
        const res = await request(apiUrl, advisors[i], 'POST', `/api/v1/inquiries/${id}/replies`,
          { body: JSON.stringify({ body: 'Survives too. '.repeat(10) }), headers: { 'Content-Type': 'application/json' } });
        if (res.status === 201)
          process.stdout.write(`R ${JSON.parse(res.body).message.id}\n`);
      }
    } catch {
      await pause(50); // the server is down: try again shortly
    }
  }
}));
