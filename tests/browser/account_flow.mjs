// The customer's account in German or English, in a real browser (Debian's chromium, headless): register and
// confirm the address from the mail, choose the notices, see the devices signed in, change the password (the other
// device is signed out), sign out everywhere, forget the password and set a new one with the mailed link (every
// session ends), turn on two-factor sign-in with a code made here as an app would, and sign in with a recovery code.
// A second browser context stands for the customer's second device. Every page passes axe-core's WCAG 2.1 AA rules.
// Usage: node account_flow.mjs CUSTOMER_URL MAILDIR de|en SCREENSHOT_DIR
import { launch, Checks, tokenFromMail, totp } from './lib.mjs';

const [customerUrl, maildir, language, screenshotDir] = process.argv.slice(2);
const words = {
  de: {
    thisDevice: '(dieses Gerät)',
    confirmButton: 'Adresse bestätigen',
    setUpTwoFactor: 'Anmeldung in zwei Schritten einrichten',
    manageTwoFactor: 'Anmeldung in zwei Schritten verwalten',
    settings: 'Anmeldung und Hinweise',
    acceptButton: 'Annehmen und weiter',
    everyAnswer: 'Bei jeder neuen Antwort',
    currentPassword: 'Bisheriges Passwort',
    signInCode: 'Code aus Ihrer App oder ein Wiederherstellungscode',
    appCode: 'Code aus Ihrer App',
    codeTitle: 'Code eingeben',
    linkUsed: 'Dieser Link ist abgelaufen oder wurde schon benutzt.',
    confirmTitle: 'E-Mail-Adresse bestätigen',
    twoFactorOn: 'Ein: Bei der Anmeldung wird ein Code aus Ihrer Authenticator-App abgefragt.',
    turnOn: 'Einschalten',
    linkSent: 'Gehört diese Adresse zu einem Konto',
    daily: 'Höchstens einmal am Tag',
    keptCodes: 'Ich habe die Codes aufbewahrt',
    acceptBox: 'Ich habe die Vereinbarung gelesen und nehme sie an.',
    passwordChanged: 'Ihr neues Passwort ist gesetzt. Alle anderen Geräte sind abgemeldet.',
    saved: 'Ihre Auswahl ist gespeichert.',
    confirmed: 'Ihre E-Mail-Adresse ist bestätigt.',
    name: 'Ihr Name',
    yourPassword: 'Ihr Passwort',
    sendLink: 'Link schicken',
    newPassword: 'Neues Passwort (mindestens 10 Zeichen)',
    saveNewPassword: 'Neues Passwort speichern',
    repeatNewPassword: 'Neues Passwort wiederholen',
    nineLeft: 'Noch 9 unbenutzte Wiederherstellungscodes.',
    choosePassword: 'Passwort (mindestens 10 Zeichen)',
    forgot: 'Passwort vergessen?',
    repeatPassword: 'Passwort wiederholen',
    changePassword: 'Passwort ändern',
    qr: 'QR-Code zum Scannen mit Ihrer Authenticator-App',
    registerButton: 'Registrieren',
    everywhereDone: 'Sie sind auf allen Geräten abgemeldet.',
    save: 'Speichern',
    mailLanguage: 'Sprache der E-Mails',
    everywhere: 'Überall abmelden',
    registered: 'innerhalb von 24 Stunden',
    email: 'E-Mail-Adresse',
    signInButton: 'Anmelden',
    password: 'Passwort',
    mailLanguageChoice: 'en',
  },
  en: {
    thisDevice: '(this device)',
    confirmButton: 'Confirm address',
    setUpTwoFactor: 'Set up two-factor sign-in',
    manageTwoFactor: 'Manage two-factor sign-in',
    settings: 'Sign-in and notices',
    acceptButton: 'Accept and continue',
    everyAnswer: 'At every new answer',
    currentPassword: 'Current password',
    signInCode: 'Code from your app, or a recovery code',
    appCode: 'Code from your app',
    codeTitle: 'Enter your code',
    linkUsed: 'This link has expired or was used already.',
    confirmTitle: 'Confirm your e-mail address',
    twoFactorOn: 'On: signing in asks for a code from your authenticator app.',
    turnOn: 'Turn on',
    linkSent: 'If this address belongs to an account',
    daily: 'Once a day at most',
    keptCodes: 'I have kept the codes',
    acceptBox: 'I have read the agreement and accept it.',
    passwordChanged: 'Your new password is set. Every other device is signed out.',
    saved: 'Your choice is saved.',
    confirmed: 'Your e-mail address is confirmed.',
    name: 'Your name',
    yourPassword: 'Your password',
    sendLink: 'Send link',
    newPassword: 'New password (at least 10 characters)',
    saveNewPassword: 'Save new password',
    repeatNewPassword: 'Repeat the new password',
    nineLeft: '9 unused recovery codes left.',
    choosePassword: 'Password (at least 10 characters)',
    forgot: 'Forgot your password?',
    repeatPassword: 'Repeat the password',
    changePassword: 'Change password',
    qr: 'QR code to scan with your authenticator app',
    registerButton: 'Register',
    everywhereDone: 'You are signed out on every device.',
    save: 'Save',
    mailLanguage: 'Language of the e-mails',
    everywhere: 'Sign out everywhere',
    registered: 'within 24 hours',
    email: 'E-mail address',
    signInButton: 'Sign in',
    password: 'Password',
    mailLanguageChoice: 'de',
  },
};
const w = words[language];
if (!w) throw new Error(`no words for the language ${language}`);
const checks = new Checks(screenshotDir);
const check = checks.check.bind(checks);
const at = path => new URL(path, customerUrl).href;
const email = `konto-${language}@example.com`;
const passwords = ['Kontopasswort eins', 'Kontopasswort zwei', 'Kontopasswort drei'];

async function signIn(page, password) {
  await page.goto(at('/login'));
  await page.getByLabel(w.email).fill(email);
  await page.getByLabel(w.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: w.signInButton }).click();
}
// A signed-out browser asking for the mailbox is sent to the sign-in page.
async function signedOut(page) {
  await page.goto(at('/inquiries'));
  return new URL(page.url()).pathname === '/login';
}

const browser = await launch();
try {
  const options = { ignoreHTTPSErrors: true, locale: language === 'de' ? 'de-DE' : 'en-GB', viewport: { width: 1000, height: 900 } };
  const laptop = await (await browser.newContext(options)).newPage();
  const phone = await (await browser.newContext({ ...options, viewport: { width: 400, height: 860 },
    userAgent: 'Mozilla/5.0 (Android 14; Mobile; rv:128.0) Gecko/128.0 Firefox/128.0' })).newPage();

  await laptop.goto(at('/register'));
  await laptop.getByLabel(w.name).fill('Jürgen Weiß');
  await laptop.getByLabel(w.email).fill(email);
  await laptop.getByLabel(w.choosePassword).fill(passwords[0]);
  await laptop.getByLabel(w.repeatPassword).fill(passwords[0]);
  await laptop.getByRole('button', { name: w.registerButton }).click();
  check(await laptop.getByRole('status').getByText(w.registered).isVisible(), 'after registering: the note about the mail, in the page\'s language');
  const verifyToken = await tokenFromMail(maildir, email, '/verify');
  await laptop.goto(at(`/verify?token=${verifyToken}`));
  check(await laptop.locator('h1').textContent() === w.confirmTitle, 'the confirmation page is in the page\'s language');
  await checks.accessible(laptop, `the confirmation page (${language})`);
  await laptop.getByLabel(w.yourPassword).fill(passwords[0]);
  await laptop.getByRole('button', { name: w.confirmButton }).click();
  check(await laptop.getByRole('status').getByText(w.confirmed).isVisible(), 'the address is confirmed');
  await signIn(laptop, passwords[0]);
  await laptop.getByLabel(w.acceptBox).check();
  await laptop.getByRole('button', { name: w.acceptButton }).click();

  // Notices: the choice is kept.
  await laptop.getByRole('link', { name: w.settings }).click();
  check(await laptop.locator('h1').textContent() === w.settings, 'the settings page is linked from the navigation');
  check(await laptop.getByLabel(w.everyAnswer).isChecked(), 'by default a notice comes at every new answer');
  await laptop.getByLabel(w.daily).check();
  await laptop.getByLabel(w.mailLanguage).selectOption(w.mailLanguageChoice);
  await laptop.getByRole('button', { name: w.save, exact: true }).click();
  check(await laptop.getByRole('status').getByText(w.saved).isVisible(), 'saving the notices says so');
  await laptop.reload();
  check(await laptop.getByLabel(w.daily).isChecked() && await laptop.getByLabel(w.mailLanguage).inputValue() === w.mailLanguageChoice,
        'the notice choice and its language are kept');

  // Two devices signed in: both listed, this one marked.
  await signIn(phone, passwords[0]);
  check(new URL(phone.url()).pathname === '/inquiries', 'the second device signs in');
  await laptop.goto(at('/account/settings'));
  const rows = laptop.locator('table.sessions tbody tr');
  check(await rows.count() === 2, 'the settings list both devices');
  check(await rows.filter({ hasText: 'Firefox · Android' }).count() === 1, 'the phone is named by its browser and system');
  check(await rows.filter({ hasText: w.thisDevice }).filter({ hasText: 'Chrome · Linux' }).count() === 1, 'this device is marked');
  await checks.accessible(laptop, `the settings page (${language})`);
  await checks.shoot(laptop, `customer-settings-${language}.png`);

  // Changing the password asks for the current one and signs out every other device.
  await laptop.getByLabel(w.currentPassword).fill('falsches Passwort');
  await laptop.getByLabel(w.newPassword).fill(passwords[1]);
  await laptop.getByLabel(w.repeatNewPassword).fill(passwords[1]);
  await laptop.getByRole('button', { name: w.changePassword }).click();
  await checks.announced(laptop, 'password', 'a wrong current password');
  await checks.accessible(laptop, `the settings page with an error (${language})`);
  await laptop.getByLabel(w.currentPassword).fill(passwords[0]);
  await laptop.getByLabel(w.newPassword).fill(passwords[1]);
  await laptop.getByLabel(w.repeatNewPassword).fill(passwords[1]);
  await laptop.getByRole('button', { name: w.changePassword }).click();
  check(await laptop.getByRole('status').getByText(w.passwordChanged).isVisible(),
        'the new password is set, this device stays signed in');
  check(await signedOut(phone), 'changing the password signed the other device out');
  await signIn(phone, passwords[0]);
  check(new URL(phone.url()).pathname === '/login', 'the old password no longer works');

  // Sign out everywhere.
  await signIn(phone, passwords[1]);
  await laptop.goto(at('/account/settings'));
  await laptop.getByRole('button', { name: w.everywhere }).click();
  check(laptop.url().endsWith('/login?everywhere=1') && await laptop.getByRole('status').getByText(w.everywhereDone).isVisible(),
        'signing out everywhere says so');
  check(await signedOut(phone), 'and the other device is signed out too');

  // Forgotten password: the same answer for an unknown address; the link sets a new one and ends every session.
  await signIn(phone, passwords[1]);
  await laptop.getByRole('link', { name: w.forgot }).click();
  await checks.accessible(laptop, `the forgotten-password page (${language})`);
  await laptop.getByLabel(w.email).fill('niemand@example.com');
  await laptop.getByRole('button', { name: w.sendLink }).click();
  const unknownAnswer = await laptop.getByRole('status').textContent();
  await laptop.getByLabel(w.email).fill(email);
  await laptop.getByRole('button', { name: w.sendLink }).click();
  check(unknownAnswer.includes(w.linkSent) && await laptop.getByRole('status').textContent() === unknownAnswer,
        'known and unknown addresses get the same answer');
  const resetToken = await tokenFromMail(maildir, email, '/password/reset');
  await laptop.goto(at(`/password/reset?token=${resetToken}`));
  await laptop.getByLabel(w.newPassword).fill(passwords[2]);
  await laptop.getByLabel(w.repeatNewPassword).fill('etwas anderes');
  await laptop.getByRole('button', { name: w.saveNewPassword }).click();
  await checks.announced(laptop, 'new_password_confirm', 'a repeated password that differs');
  await checks.accessible(laptop, `the reset page with an error (${language})`);
  await laptop.getByLabel(w.newPassword).fill(passwords[2]);
  await laptop.getByLabel(w.repeatNewPassword).fill(passwords[2]);
  await laptop.getByRole('button', { name: w.saveNewPassword }).click();
  check(laptop.url().endsWith('/login?reset=1'), 'the reset leads to the sign-in page, not into the mailbox');
  check(await signedOut(phone), 'the reset signed every device out');
  await laptop.goto(at(`/password/reset?token=${resetToken}`));
  check(await laptop.getByText(w.linkUsed).isVisible(), 'the reset link works once');
  await signIn(laptop, passwords[2]);
  check(new URL(laptop.url()).pathname === '/inquiries', 'the new password signs in');

  // Two-factor sign-in: the key read off the page as an app would scan it, the app's first code, the recovery codes.
  await laptop.getByRole('link', { name: w.settings }).click();
  await laptop.getByRole('link', { name: w.manageTwoFactor }).click();
  await laptop.getByRole('button', { name: w.setUpTwoFactor }).click();
  check(await laptop.getByRole('img', { name: w.qr }).isVisible(), 'the set-up shows a QR code');
  const key = (await laptop.locator('code.secret').textContent()).trim();
  check(/^[A-Z2-7]{4}( [A-Z2-7]{4}){7}$/.test(key), 'and the key to type, in groups of four');
  await laptop.getByLabel(w.appCode).fill('000000');
  await laptop.getByRole('button', { name: w.turnOn }).click();
  await checks.announced(laptop, 'code', 'a wrong first code');
  await checks.accessible(laptop, `the two-factor set-up with an error (${language})`);
  await laptop.getByLabel(w.appCode).fill(totp(key));
  await laptop.getByRole('button', { name: w.turnOn }).click();
  const recoveryCodes = await laptop.locator('ol.codes code').allTextContents();
  check(recoveryCodes.length === 10 && recoveryCodes.every(c => /^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/.test(c)), 'turning it on shows ten recovery codes');
  await checks.accessible(laptop, `the recovery codes (${language})`);
  await checks.shoot(laptop, `customer-two-factor-codes-${language}.png`);
  await laptop.getByRole('link', { name: w.keptCodes }).click();
  check(await laptop.getByText(w.twoFactorOn).isVisible(), 'the settings say it is on');

  await signIn(phone, passwords[2]);
  check(await phone.locator('h1').textContent() === w.codeTitle && await signedOut(phone), 'the password alone signs in nobody');
  await signIn(phone, passwords[2]);
  await phone.getByLabel(w.signInCode).fill('123456');
  await phone.getByRole('button', { name: w.signInButton }).click();
  await checks.announced(phone, 'code', 'a wrong code at sign-in');
  await checks.accessible(phone, `the code step (${language})`);
  await checks.shoot(phone, `customer-sign-in-code-${language}.png`);
  await phone.getByLabel(w.signInCode).fill(recoveryCodes[0].toLowerCase());
  await phone.getByRole('button', { name: w.signInButton }).click();
  check(new URL(phone.url()).pathname === '/inquiries', 'a recovery code signs in');
  await phone.goto(at('/account/two-factor'));
  check(await phone.getByText(w.nineLeft).isVisible(), 'and is used up');
} finally {
  await browser.close();
}
checks.finish();
