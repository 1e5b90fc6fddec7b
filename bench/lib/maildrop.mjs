// Reads back what the loopback SMTP server (scripts/lib/smtp-sink.py) received: the link a Confidant server mailed
// to an address, e.g. the address confirmation after registering.
import fs from 'node:fs';
import path from 'node:path';

const pause = ms => new Promise(r => setTimeout(r, ms));

// The sink writes "X-Envelope-To: <rcpt>" first, then the message as sent; the server's bodies are base64.
function parse(raw) {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split);
  const to = /^X-Envelope-To: (.*)$/m.exec(head)?.[1].trim() ?? '';
  const body = /^Content-Transfer-Encoding: base64\s*$/mi.test(head)
    ? Buffer.from(raw.slice(split + 4).replace(/\s+/g, ''), 'base64').toString('utf8')
    : raw.slice(split + 4);
  return { to, head, body };
}

// Every mail to the address, oldest first: { head, body } with the body decoded.
export function mailsTo(maildir, email) {
  if (!fs.existsSync(maildir)) return [];
  return fs.readdirSync(maildir).filter(name => name.endsWith('.eml')).sort()
    .map(name => parse(fs.readFileSync(path.join(maildir, name), 'latin1')))
    .filter(mail => mail.to.toLowerCase() === email.toLowerCase());
}

// The newest mail to the address for which found(mail) gives a value, and that value; waits up to timeoutMs.
export async function awaitMail(maildir, email, found, what, timeoutMs = 15000) {
  for (const until = Date.now() + timeoutMs; Date.now() < until; await pause(50)) {
    for (const mail of mailsTo(maildir, email).reverse()) {
      const value = found(mail);
      if (value) return value;
    }
  }
  throw new Error(`no ${what} reached ${email} within ${timeoutMs} ms`);
}

// The token of the newest link to linkPath (e.g. '/verify') mailed to the address.
export function tokenFromMail(maildir, email, linkPath, timeoutMs) {
  const link = new RegExp(`${linkPath.replace(/[/.?]/g, '\\$&')}\\?token=([A-Za-z0-9_-]{43})`);
  return awaitMail(maildir, email, mail => link.exec(mail.body)?.[1], `${linkPath} link`, timeoutMs);
}
