// What the browser tests share: Debian's chromium (never a downloaded one), TAP-like checks, the accessibility
// checks (axe-core, and errors announced with the focus on the first field in error), screenshots, and the mails
// the server sent to the loopback SMTP server.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import crypto from 'node:crypto';
export { tokenFromMail, mailsTo, awaitMail } from '../../bench/lib/maildrop.mjs';

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
           '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
}

export class Checks {
  constructor(screenshotDir) { this.passes = 0; this.failures = 0; this.screenshotDir = screenshotDir; }
  check(condition, what) {
    if (condition) { this.passes++; console.log(`ok - ${what}`); return; }
    this.failures++;
    console.log(`not ok - ${what}`);
  }
  // A re-shown form: the error summary is an alert and the first field in error has the focus (autofocus, no script).
  async announced(page, field, what) {
    this.check(await page.getByRole('alert').isVisible(), `${what}: the errors are announced (role=alert)`);
    this.check(await page.evaluate(() => document.activeElement && document.activeElement.id) === field,
               `${what}: the focus is on the first field in error (#${field})`);
  }
  // WCAG 2.1 A and AA rules of axe-core on the page as it is now. Evaluated through the DevTools protocol, which the
  // pages' Content-Security-Policy (no scripts) does not block, so the pages are tested under their real policy.
  async accessible(page, what) {
    await page.evaluate(axeSource);
    const result = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }));
    const violations = result.violations.map(v => `${v.id} (${v.nodes.map(n => n.target.join(' ')).join(', ')})`);
    this.check(violations.length === 0, `${what}: no accessibility violations${violations.length ? ': ' + violations.join('; ') : ''}`);
  }
  async shoot(page, name) {
    if (!this.screenshotDir) return;
    fs.mkdirSync(this.screenshotDir, { recursive: true });
    await page.screenshot({ path: path.join(this.screenshotDir, name), fullPage: true });
  }
  finish() {
    console.log(`${this.passes} passed, ${this.failures} failed`);
    process.exit(this.failures ? 1 : 0);
  }
}

// What an authenticator app shows for a base32 key now (RFC 6238: HMAC-SHA1, 30-second steps, six digits), written
// here so the test does not trust the server's own implementation.
export function totp(base32Key, at = Date.now()) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of base32Key.replace(/\s+/g, '')) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g).map(b => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 1000 / 30)));
  const mac = crypto.createHmac('sha1', key).update(counter).digest();
  const offset = mac[19] & 0x0f;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1000000).padStart(6, '0');
}
