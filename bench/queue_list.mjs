// Queue list requests per second through the advisor API, CLIENTS keep-alive clients, and the CPU each side spent
// per request (lib/cpu.mjs). Only the last answer is parsed: the generator's time is the figure's limit already.
// Usage: CONFIDANT_SERVER_PID=... node queue_list.mjs API_URL CA ADVISOR_PEM SECONDS CLIENTS
import https from 'node:https';
import fs from 'node:fs';
import { measureCpu } from './lib/cpu.mjs';

const [apiUrl, caFile, advisorPem, secondsArg, clientsArg] = process.argv.slice(2);
const ca = fs.readFileSync(caFile), pem = fs.readFileSync(advisorPem, 'utf8');
const seconds = Number(secondsArg || 10);
const end = Date.now() + seconds * 1000;
let last = '';
const cpu = await measureCpu(Number(process.env.CONFIDANT_SERVER_PID || 0), async () => {
  let count = 0;
  await Promise.all(Array.from({ length: Number(clientsArg || 16) }, async () => {
    const agent = new https.Agent({ keepAlive: true, maxSockets: 1, ca, cert: pem, key: pem });
    while (Date.now() < end) {
      last = await new Promise((resolve, reject) => {
        https.get(new URL('/api/v1/queue?limit=50', apiUrl), { agent }, res => {
          const chunks = []; res.on('data', c => chunks.push(c)); res.on('end', () => resolve(Buffer.concat(chunks)));
        }).on('error', reject);
      });
      count++;
    }
  }));
  return count;
});
console.log(JSON.stringify({ queueRequestsPerSecond: cpu.requests / seconds, rowsPerAnswer: JSON.parse(last).inquiries.length, queueCpu: cpu }));
