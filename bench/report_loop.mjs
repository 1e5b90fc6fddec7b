// Asks for reports in a loop for bench/report_load (run by hand, never by CTest). Loopback only, bounded in time.
// Usage: node report_loop.mjs API_URL CA_PEM LEAD_PEM SECONDS LOOPS PATH_TEMPLATE
// PATH_TEMPLATE is one path or several separated by |, asked for in turn. In a path with {from} and {to} each request
// asks for a 30-day period ending one day earlier than the one before (over a year, then round again), so none is
// answered from the server's cache; a fixed path is what a dashboard kept open asks. Prints one JSON line.
import fs from 'node:fs';
import { clients } from './lib/clients.mjs';

const [apiUrl, caFile, leadPem, secondsArg, loopsArg, template] = process.argv.slice(2);
const { agent, request } = clients({ customerUrl: apiUrl, ca: fs.readFileSync(caFile), pem: fs.readFileSync(leadPem, 'utf8') });
const end = Date.now() + Number(secondsArg) * 1000;
const day = date => date.toISOString().slice(0, 10);
const paths = template.split('|');
const latencies = [];
let next = 0;
let failures = 0;
await Promise.all(Array.from({ length: Number(loopsArg) }, async () => {
  const lead = agent(true);
  while (Date.now() < end) {
    const n = next++;
    const to = new Date(Date.now() - (n % 335) * 86400000);
    const from = new Date(to.getTime() - 29 * 86400000);
    const path = paths[n % paths.length].replace('{from}', day(from)).replace('{to}', day(to));
    const started = performance.now();
    const res = await request(apiUrl, lead, 'GET', path);
    latencies.push(performance.now() - started);
    if (res.status !== 200) failures++;
  }
}));
latencies.sort((a, b) => a - b);
const at = p => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] || 0;
console.log(JSON.stringify({ reports: latencies.length, reportFailures: failures, reportMedianMs: at(0.5), reportP90Ms: at(0.9),
                             reportsPerSecond: latencies.length / Number(secondsArg) }));
