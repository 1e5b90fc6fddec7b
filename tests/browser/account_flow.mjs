// The customer's account in German, in a real browser (Debian's chromium, headless): register and confirm the address
// from the mail, choose the notices, see the devices signed in, change the password (the other device is signed
// out), sign out everywhere, forget the password and set a new one with the mailed link (every session ends), turn on
// two-factor sign-in with a code made here as an app would, and sign in with a recovery code.
// A second browser context stands for the customer's second device. Every page passes axe-core's WCAG 2.1 AA rules.
// Usage: node account_flow.mjs CUSTOMER_URL MAILDIR SCREENSHOT_DIR
import { launch, Checks, tokenFromMail, totp } from './lib.mjs';

const [customerUrl, maildir, screenshotDir] = process.argv.slice(2);
const checks = new Checks(screenshotDir);
const check = checks.check.bind(checks);
const at = path => new URL(path, customerUrl).href;
const email = 'konto@example.com';
const passwords = ['Kontopasswort eins', 'Kontopasswort zwei', 'Kontopasswort drei'];

async function signIn(page, password) {
  await page.goto(at('/login'));
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
}
// A signed-out browser asking for the mailbox is sent to the sign-in page.
async function signedOut(page) {
  await page.goto(at('/inquiries'));
  return new URL(page.url()).pathname === '/login';
}

const browser = await launch();
try {
  const options = { ignoreHTTPSErrors: true, locale: 'de-DE', viewport: { width: 1000, height: 900 } };
  const laptop = await (await browser.newContext(options)).newPage();
  const phone = await (await browser.newContext({ ...options, viewport: { width: 400, height: 860 },
    userAgent: 'Mozilla/5.0 (Android 14; Mobile; rv:128.0) Gecko/128.0 Firefox/128.0' })).newPage();

  await laptop.goto(at('/register'));
  await laptop.getByLabel('Ihr Name').fill('Jürgen Weiß');
  await laptop.getByLabel('E-Mail-Adresse').fill(email);
  await laptop.getByLabel('Passwort (mindestens 10 Zeichen)').fill(passwords[0]);
  await laptop.getByLabel('Passwort wiederholen').fill(passwords[0]);
  await laptop.getByRole('button', { name: 'Registrieren' }).click();
  check(await laptop.getByRole('status').getByText('innerhalb von 24 Stunden').isVisible(), 'nach der Registrierung: der Hinweis auf die E-Mail, auf Deutsch');
  const verifyToken = await tokenFromMail(maildir, email, '/verify');
  await laptop.goto(at(`/verify?token=${verifyToken}`));
  check(await laptop.locator('h1').textContent() === 'E-Mail-Adresse bestätigen', 'the confirmation page is German');
  await checks.accessible(laptop, 'the confirmation page (de)');
  await laptop.getByLabel('Ihr Passwort').fill(passwords[0]);
  await laptop.getByRole('button', { name: 'Adresse bestätigen' }).click();
  check(await laptop.getByRole('status').getByText('Ihre E-Mail-Adresse ist bestätigt.').isVisible(), 'the address is confirmed');
  await signIn(laptop, passwords[0]);
  await laptop.getByLabel('Ich habe die Vereinbarung gelesen und nehme sie an.').check();
  await laptop.getByRole('button', { name: 'Annehmen und weiter' }).click();

  // Notices: the choice is kept.
  await laptop.getByRole('link', { name: 'Anmeldung und Hinweise' }).click();
  check(await laptop.locator('h1').textContent() === 'Anmeldung und Hinweise', 'the settings page is linked from the navigation');
  check(await laptop.getByLabel('Bei jeder neuen Antwort').isChecked(), 'by default a notice comes at every new answer');
  await laptop.getByLabel('Höchstens einmal am Tag').check();
  await laptop.getByLabel('Sprache der E-Mails').selectOption('en');
  await laptop.getByRole('button', { name: 'Speichern', exact: true }).click();
  check(await laptop.getByRole('status').getByText('Ihre Auswahl ist gespeichert.').isVisible(), 'saving the notices says so');
  await laptop.reload();
  check(await laptop.getByLabel('Höchstens einmal am Tag').isChecked() && await laptop.getByLabel('Sprache der E-Mails').inputValue() === 'en',
        'the notice choice and its language are kept');

  // Two devices signed in: both listed, this one marked.
  await signIn(phone, passwords[0]);
  check(new URL(phone.url()).pathname === '/inquiries', 'the second device signs in');
  await laptop.goto(at('/account/settings'));
  const rows = laptop.locator('table.sessions tbody tr');
  check(await rows.count() === 2, 'the settings list both devices');
  check(await rows.filter({ hasText: 'Firefox · Android' }).count() === 1, 'the phone is named by its browser and system');
  check(await rows.filter({ hasText: '(dieses Gerät)' }).filter({ hasText: 'Chrome · Linux' }).count() === 1, 'this device is marked');
  await checks.accessible(laptop, 'the settings page (de)');
  await checks.shoot(laptop, 'customer-settings-de.png');

  // Changing the password asks for the current one and signs out every other device.
  await laptop.getByLabel('Bisheriges Passwort').fill('falsches Passwort');
  await laptop.getByLabel('Neues Passwort (mindestens 10 Zeichen)').fill(passwords[1]);
  await laptop.getByLabel('Neues Passwort wiederholen').fill(passwords[1]);
  await laptop.getByRole('button', { name: 'Passwort ändern' }).click();
  await checks.announced(laptop, 'password', 'a wrong current password');
  await checks.accessible(laptop, 'the settings page with an error (de)');
  await laptop.getByLabel('Bisheriges Passwort').fill(passwords[0]);
  await laptop.getByLabel('Neues Passwort (mindestens 10 Zeichen)').fill(passwords[1]);
  await laptop.getByLabel('Neues Passwort wiederholen').fill(passwords[1]);
  await laptop.getByRole('button', { name: 'Passwort ändern' }).click();
  check(await laptop.getByRole('status').getByText('Ihr neues Passwort ist gesetzt. Alle anderen Geräte sind abgemeldet.').isVisible(),
        'the new password is set, this device stays signed in');
  check(await signedOut(phone), 'changing the password signed the other device out');
  await signIn(phone, passwords[0]);
  check(new URL(phone.url()).pathname === '/login', 'the old password no longer works');

  // Sign out everywhere.
  await signIn(phone, passwords[1]);
  await laptop.goto(at('/account/settings'));
  await laptop.getByRole('button', { name: 'Überall abmelden' }).click();
  check(laptop.url().endsWith('/login?everywhere=1') && await laptop.getByRole('status').getByText('Sie sind auf allen Geräten abgemeldet.').isVisible(),
        'signing out everywhere says so');
  check(await signedOut(phone), 'and the other device is signed out too');

  // Forgotten password: the same answer for an unknown address; the link sets a new one and ends every session.
  await signIn(phone, passwords[1]);
  await laptop.getByRole('link', { name: 'Passwort vergessen?' }).click();
  await checks.accessible(laptop, 'the forgotten-password page (de)');
  await laptop.getByLabel('E-Mail-Adresse').fill('niemand@example.com');
  await laptop.getByRole('button', { name: 'Link schicken' }).click();
  const unknownAnswer = await laptop.getByRole('status').textContent();
  await laptop.getByLabel('E-Mail-Adresse').fill(email);
  await laptop.getByRole('button', { name: 'Link schicken' }).click();
  check(unknownAnswer.includes('Gehört diese Adresse zu einem Konto') && await laptop.getByRole('status').textContent() === unknownAnswer,
        'known and unknown addresses get the same answer');
  const resetToken = await tokenFromMail(maildir, email, '/password/reset');
  await laptop.goto(at(`/password/reset?token=${resetToken}`));
  await laptop.getByLabel('Neues Passwort (mindestens 10 Zeichen)').fill(passwords[2]);
  await laptop.getByLabel('Neues Passwort wiederholen').fill('etwas anderes');
  await laptop.getByRole('button', { name: 'Neues Passwort speichern' }).click();
  await checks.announced(laptop, 'new_password_confirm', 'a repeated password that differs');
  await checks.accessible(laptop, 'the reset page with an error (de)');
  await laptop.getByLabel('Neues Passwort (mindestens 10 Zeichen)').fill(passwords[2]);
  await laptop.getByLabel('Neues Passwort wiederholen').fill(passwords[2]);
  await laptop.getByRole('button', { name: 'Neues Passwort speichern' }).click();
  check(laptop.url().endsWith('/login?reset=1'), 'the reset leads to the sign-in page, not into the mailbox');
  check(await signedOut(phone), 'the reset signed every device out');
  await laptop.goto(at(`/password/reset?token=${resetToken}`));
  check(await laptop.getByText('Dieser Link ist abgelaufen oder wurde schon benutzt.').isVisible(), 'the reset link works once');
  await signIn(laptop, passwords[2]);
  check(new URL(laptop.url()).pathname === '/inquiries', 'the new password signs in');

  // Two-factor sign-in: the key read off the page as an app would scan it, the app's first code, the recovery codes.
  await laptop.getByRole('link', { name: 'Anmeldung und Hinweise' }).click();
  await laptop.getByRole('link', { name: 'Anmeldung in zwei Schritten verwalten' }).click();
  await laptop.getByRole('button', { name: 'Anmeldung in zwei Schritten einrichten' }).click();
  check(await laptop.getByRole('img', { name: 'QR-Code zum Scannen mit Ihrer Authenticator-App' }).isVisible(), 'the set-up shows a QR code');
  const key = (await laptop.locator('code.secret').textContent()).trim();
  check(/^[A-Z2-7]{4}( [A-Z2-7]{4}){7}$/.test(key), 'and the key to type, in groups of four');
  await laptop.getByLabel('Code aus Ihrer App').fill('000000');
  await laptop.getByRole('button', { name: 'Einschalten' }).click();
  await checks.announced(laptop, 'code', 'a wrong first code');
  await checks.accessible(laptop, 'the two-factor set-up with an error (de)');
  await laptop.getByLabel('Code aus Ihrer App').fill(totp(key));
  await laptop.getByRole('button', { name: 'Einschalten' }).click();
  const recoveryCodes = await laptop.locator('ol.codes code').allTextContents();
  check(recoveryCodes.length === 10 && recoveryCodes.every(c => /^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/.test(c)), 'turning it on shows ten recovery codes');
  await checks.accessible(laptop, 'the recovery codes (de)');
  await checks.shoot(laptop, 'customer-two-factor-codes-de.png');
  await laptop.getByRole('link', { name: 'Ich habe die Codes aufbewahrt' }).click();
  check(await laptop.getByText('Ein: Bei der Anmeldung wird ein Code aus Ihrer Authenticator-App abgefragt.').isVisible(), 'the settings say it is on');

  await signIn(phone, passwords[2]);
  check(await phone.locator('h1').textContent() === 'Code eingeben' && await signedOut(phone), 'the password alone signs in nobody');
  await signIn(phone, passwords[2]);
  await phone.getByLabel('Code aus Ihrer App oder ein Wiederherstellungscode').fill('123456');
  await phone.getByRole('button', { name: 'Anmelden' }).click();
  await checks.announced(phone, 'code', 'a wrong code at sign-in');
  await checks.accessible(phone, 'the code step (de)');
  await checks.shoot(phone, 'customer-sign-in-code-de.png');
  await phone.getByLabel('Code aus Ihrer App oder ein Wiederherstellungscode').fill(recoveryCodes[0].toLowerCase());
  await phone.getByRole('button', { name: 'Anmelden' }).click();
  check(new URL(phone.url()).pathname === '/inquiries', 'a recovery code signs in');
  await phone.goto(at('/account/two-factor'));
  check(await phone.getByText('Noch 9 unbenutzte Wiederherstellungscodes.').isVisible(), 'and is used up');
} finally {
  await browser.close();
}
checks.finish();
