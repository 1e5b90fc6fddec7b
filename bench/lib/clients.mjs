// The benchmarks' HTTPS clients (run by hand; CTest uses them only in tests/restart): a browser-like customer and the advisor's mutual-TLS
// agent, against a server on loopback.
import https from 'node:https';
import { tokenFromMail } from './maildrop.mjs';

// maildir (default $CONFIDANT_MAILDIR): where the loopback SMTP server (scripts/lib/smtp-sink.py) the server mails
// through writes; a new customer confirms the address with the link it finds there.
export function clients({ customerUrl, ca, pem, maildir = process.env.CONFIDANT_MAILDIR }) {
  // `localAddress` (127.0.0.x) lets many customers come from addresses of their own, as they would, so the server's
  // per-address limits (connections, registrations) apply to each of them and not to the benchmark as a whole.
  function agent(withCertificate, localAddress) {
    return new https.Agent({ keepAlive: true, maxSockets: 1, ca, ...(localAddress ? { localAddress } : {}),
                             ...(withCertificate ? { cert: pem, key: pem } : {}) });
  }

  function request(base, agentToUse, method, path, { body, headers = {} } = {}) {
    return new Promise((resolve, reject) => {
      const url = new URL(path, base);
      const req = https.request({ hostname: url.hostname, port: url.port, path: url.pathname + url.search, method, agent: agentToUse,
        headers: { ...headers, ...(body ? { 'Content-Length': Buffer.byteLength(body) } : {}) } }, res => {
        const chunks = [];
        res.on('data', c => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString() }));
      });
      req.on('error', reject);
      if (body) req.write(body);
      req.end();
    });
  }

  // A browser-like customer: keeps its cookies (the form cookie before sign-in, the session after) and the CSRF
  // token of the last page.
  class Customer {
    constructor(email, localAddress) { this.email = email; this.agent = agent(false, localAddress); this.cookies = new Map(); this.csrf = ''; }
    async send(method, path, form) {
      const body = form ? new URLSearchParams({ csrf_token: this.csrf, ...form }).toString() : undefined;
      const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
      const headers = { Cookie: cookie, ...(form ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}) };
      const res = await request(customerUrl, this.agent, method, path, { body, headers });
      for (const line of res.headers['set-cookie'] || []) {
        const [pair] = line.split(';');
        const at = pair.indexOf('=');
        this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
      }
      const token = /name="csrf_token" value="([^"]+)"/.exec(res.body);
      if (token) this.csrf = token[1];
      return res;
    }
    async signUp() {
      await this.send('GET', '/register');
      const registered = await this.send('POST', '/register', { name: 'Bench Customer', email: this.email,
                                                                password: 'bench password 1', password_confirm: 'bench password 1' });
      // A refused form (422) would otherwise surface only as a puzzling failed sign-in.
      if (registered.status !== 303) throw new Error(`registration answered ${registered.status}`);
      await this.confirmAddress();
      // Registering does not sign in (it must not reveal whether the address was new): sign in as a customer would.
      await this.send('GET', '/login');
      const signedIn = await this.send('POST', '/login', { email: this.email, password: 'bench password 1' });
      if (signedIn.status !== 303) throw new Error(`sign-in answered ${signedIn.status}`);
      await this.send('GET', '/agreement');
      await this.send('POST', '/agreement', { accept: 'yes' });
      await this.send('GET', '/inquiries/new');
    }
    // Until the address is confirmed the account can do nothing; the link in the mail shows a form that asks for the
    // registration's password.
    async confirmAddress() {
      if (!maildir) throw new Error('registering needs the maildir of the SMTP server the Confidant server mails through');
      const token = await tokenFromMail(maildir, this.email, '/verify');
      await this.send('GET', `/verify?token=${token}`);
      const confirmed = await this.send('POST', '/verify', { token, password: 'bench password 1' });
      if (confirmed.status !== 303) throw new Error(`confirming the address answered ${confirmed.status}`);
    }
    async ask(subject) {
      const res = await this.send('POST', '/inquiries', { topic: 'mortgage', subject, body: 'Benchmark inquiry. '.repeat(20) });
      if (res.status !== 303) throw new Error(`inquiry answered ${res.status}`);
      return Number(res.headers.location.split('/').pop());
    }
  }

  return { agent, request, Customer };
}
