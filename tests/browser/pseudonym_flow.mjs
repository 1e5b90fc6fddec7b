// Anonymous counselling in a real browser (the test server allows it with --allow-pseudonyms): register with a
// pseudonym and no address, keep the recovery codes, sign in with the pseudonym, forget the password and set a new
// one with a recovery code. Every page passes axe-core's WCAG 2.1 AA rules.
// Usage: node pseudonym_flow.mjs CUSTOMER_URL SCREENSHOT_DIR
import { launch, Checks } from './lib.mjs';

const [customerUrl, screenshotDir] = process.argv.slice(2);
const checks = new Checks(screenshotDir);
const check = checks.check.bind(checks);
const at = path => new URL(path, customerUrl).href;
const pseudonym = 'Nachtfalter_3';

async function signIn(page, password) {
  await page.goto(at('/login'));
  await page.getByLabel('E-mail address or pseudonym').fill(pseudonym.toLowerCase());
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

const browser = await launch();
try {
  const page = await (await browser.newContext({ ignoreHTTPSErrors: true, locale: 'en-GB' })).newPage();
  await page.goto(at('/register'));
  await page.getByRole('link', { name: 'Register with a pseudonym instead, without an e-mail address' }).click();
  await page.getByLabel('Pseudonym (3 to 40 letters').fill('me@example.com');
  await page.getByLabel('Password (at least 10 characters)').fill('pseudonym password 1');
  await page.getByLabel('Repeat the password').fill('pseudonym password 1');
  await page.getByRole('button', { name: 'Register' }).click();
  await checks.announced(page, 'pseudonym', 'an address as pseudonym');
  await checks.accessible(page, 'the pseudonym registration with an error');
  await page.getByLabel('Pseudonym (3 to 40 letters').fill(pseudonym);
  await page.getByLabel('Password (at least 10 characters)').fill('pseudonym password 1');
  await page.getByLabel('Repeat the password').fill('pseudonym password 1');
  await page.getByRole('button', { name: 'Register' }).click();
  const codes = await page.locator('ol.codes code').allTextContents();
  check(await page.locator('h1').textContent() === 'Your recovery codes' && codes.length === 10, 'registering shows ten recovery codes');
  await checks.accessible(page, 'the recovery codes of a pseudonym');
  await checks.shoot(page, 'customer-pseudonym-codes.png');
  await page.getByRole('link', { name: 'I have kept the codes' }).click();
  check(new URL(page.url()).pathname === '/agreement', 'and signs in: the agreement comes next');
  await page.getByRole('button', { name: 'Sign out' }).click();

  await signIn(page, 'pseudonym password 1');
  check(new URL(page.url()).pathname === '/agreement', 'the pseudonym signs in');
  await page.getByRole('button', { name: 'Sign out' }).click();

  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await page.getByRole('link', { name: 'Registered with a pseudonym? Set a new password with a recovery code.' }).click();
  await checks.accessible(page, 'the recovery page');
  await page.getByLabel('Your pseudonym').fill(pseudonym);
  await page.getByLabel('Recovery code').fill(codes[0]);
  await page.getByLabel('New password (at least 10 characters)').fill('pseudonym password 2');
  await page.getByLabel('Repeat the new password').fill('pseudonym password 2');
  await page.getByRole('button', { name: 'Save new password' }).click();
  check(page.url().endsWith('/login?reset=1'), 'a recovery code sets a new password');
  await signIn(page, 'pseudonym password 2');
  check(new URL(page.url()).pathname === '/agreement', 'which then signs in');
} finally {
  await browser.close();
}
checks.finish();
