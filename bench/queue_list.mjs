// Queue list requests per second through the advisor API, CLIENTS keep-alive clients.
// Usage: node queue_list.mjs API_URL CA ADVISOR_PEM SECONDS CLIENTS
import https from 'node:https';
import fs from 'node:fs';
const [apiUrl, caFile, advisorPem, secondsArg, clientsArg] = process.argv.slice(2);
const ca = fs.readFileSync(caFile), pem = fs.readFileSync(advisorPem, 'utf8');
const end = Date.now() + Number(secondsArg || 10) * 1000;
let count = 0, rows = 0;
await Promise.all(Array.from({ length: Number(clientsArg || 16) }, async () => {
  const agent = new https.Agent({ keepAlive: true, maxSockets: 1, ca, cert: pem, key: pem });
  while (Date.now() < end) {
    const body = await new Promise((resolve, reject) => {
      https.get(new URL('/api/v1/queue?limit=50', apiUrl), { agent }, res => {
        let data = ''; res.on('data', c => (data += c)); res.on('end', () => resolve(data));
      }).on('error', reject);
    });
    rows = JSON.parse(body).inquiries.length;
    count++;
  }
}));
console.log(JSON.stringify({ queueRequestsPerSecond: count / Number(secondsArg || 10), rowsPerAnswer: rows }));
