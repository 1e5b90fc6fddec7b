// The customer pages in a real browser (Debian's chromium, headless): register, confirm the address with the link
// from the mail, accept the agreement, write an inquiry, wait for the advisor's reply (posted by run_browser_test.sh
// through the advisor API), see it marked as new in the mailbox, read it. Invalid forms must announce their errors and
// focus the first field in error; the pages pass axe-core's WCAG 2.1 AA rules.
// Usage: node customer_flow.mjs CUSTOMER_URL REPLY_TRIGGER_FILE REPLY_DONE_FILE SCREENSHOT_DIR MAILDIR
import fs from 'node:fs';
import { launch, Checks, tokenFromMail, awaitMail } from './lib.mjs';

const [customerUrl, triggerFile, doneFile, screenshotDir, maildir] = process.argv.slice(2);
const checks = new Checks(screenshotDir);
const check = checks.check.bind(checks);
const checkAnnounced = checks.announced.bind(checks);
const shoot = checks.shoot.bind(checks);

const browser = await launch();
try {
  // The test server's certificate comes from a throwaway CA; only this context ignores that.
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 420, height: 860 }, locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(customerUrl);
  check(page.url().endsWith('/login'), 'start page sends a new visitor to sign in');
  await page.locator('footer').getByRole('link', { name: 'Privacy' }).click();
  check(page.url().endsWith('/privacy') && (await page.locator('h1').textContent()) === 'Privacy',
        'the privacy page is linked from the footer, readable without an account');
  check(await page.getByText('There is no fixed period after which an unused account is deleted.').isVisible(),
        'the privacy page states the configured retention (the demo keeps accounts without a period)');
  // The company's website links to the form with a topic; a new visitor registers on the way.
  await page.goto(new URL('/inquiries/new?topic=mortgage', customerUrl).href);
  check(page.url().endsWith('/login?topic=mortgage'), 'a link from the website to the form asks a visitor to sign in first');
  await page.getByRole('link', { name: 'Create an account' }).click();
  await page.getByLabel('Your name').fill('Zo\u00eb \u00dcnal-\u00d8ster');
  await page.getByLabel('E-mail address').fill('browser@example.com');
  await page.getByLabel('Password (at least 10 characters)').fill('short');
  await page.getByRole('button', { name: 'Register' }).click();
  await checkAnnounced(page, 'password', 'a too short password');
  check(await page.getByLabel('Your name').inputValue() === 'Zo\u00eb \u00dcnal-\u00d8ster'
        && await page.getByLabel('E-mail address').inputValue() === 'browser@example.com',
        'the form shown again keeps the name and the address');
  await page.getByLabel('Password (at least 10 characters)').fill('browser password 1');
  await page.getByLabel('Repeat the password').fill('browser password 1');
  await page.getByRole('button', { name: 'Register' }).click();
  // Registering does not sign in: the answer is the same whether the address was known or not.
  check(page.url().endsWith('/login?registered=1&topic=mortgage'), 'registration leads to the sign-in page');
  check(await page.getByRole('status').getByText('open the link in it within 24 hours').isVisible(), 'the sign-in page asks to confirm the address');
  await checks.accessible(page, 'the sign-in page after registering');
  const formCookies = await context.cookies();
  check(formCookies.length === 1 && formCookies[0].name === '__Host-confidant_form' && formCookies[0].secure
        && formCookies[0].httpOnly && formCookies[0].sameSite === 'Strict' && formCookies[0].path === '/',
        'signed out, only the signed form cookie is set (__Host-, Secure, HttpOnly, SameSite=Strict)');
  await page.getByLabel('E-mail address').fill('browser@example.com');
  await page.getByLabel('Password').fill('browser password 1');
  await page.getByRole('button', { name: 'Sign in' }).click();
  check(page.url().endsWith('/login') && await page.getByRole('alert').getByText('Please confirm your e-mail address first').isVisible(),
        'before the address is confirmed, signing in is refused with the reason');
  // The link from the mail, opened in a second tab as a mail program would; then back to the first tab.
  const token = await tokenFromMail(maildir, 'browser@example.com', '/verify');
  const mailTab = await context.newPage();
  await mailTab.goto(new URL(`/verify?token=${token}`, customerUrl).href);
  await mailTab.getByLabel('Your password').fill('not the password');
  await mailTab.getByRole('button', { name: 'Confirm address' }).click();
  await checkAnnounced(mailTab, 'password', 'confirming with another password');
  await checks.accessible(mailTab, 'the confirmation form with an error');
  await mailTab.getByLabel('Your password').fill('browser password 1');
  await mailTab.getByRole('button', { name: 'Confirm address' }).click();
  check(mailTab.url().endsWith('/login?verified=1') && await mailTab.getByRole('status').getByText('Your e-mail address is confirmed.').isVisible(),
        'the link from the mail and the registration\'s password confirm the address');
  await mailTab.goto(new URL(`/verify?token=${token}`, customerUrl).href);
  check(await mailTab.getByText('This link has expired or was used already.').isVisible(), 'the link works once');
  await mailTab.close();
  await page.goto(new URL('/login?topic=mortgage', customerUrl).href);
  await page.getByLabel('E-mail address').fill('browser@example.com');
  await page.getByLabel('Password').fill('browser password 1');
  await page.getByRole('button', { name: 'Sign in' }).click();
  check(page.url().endsWith('/agreement?topic=mortgage'), 'the first sign-in leads to the privacy agreement');
  check((await context.cookies()).some(c => c.name === '__Host-confidant_session' && c.secure && c.httpOnly),
        'signed in, the session cookie has the __Host- prefix');

  await page.getByRole('button', { name: 'Accept and continue' }).click();
  check(await page.locator('#accept-error').isVisible(), 'the agreement must be ticked, the error sits beside the box');
  await checkAnnounced(page, 'accept', 'the agreement not ticked');
  await checks.accessible(page, 'the agreement with an error');
  await page.getByLabel('I have read the agreement and accept it.').check();
  await page.getByRole('button', { name: 'Accept and continue' }).click();
  check(page.url().endsWith('/inquiries/new?topic=mortgage'), 'accepting opens the form the website linked to');
  check(await page.getByLabel('Topic').inputValue() === 'mortgage', 'the website\'s topic is chosen, through registration and agreement');

  await page.getByLabel('Topic').selectOption('');
  await page.getByRole('button', { name: 'Send inquiry' }).click();
  await checkAnnounced(page, 'topic', 'an empty inquiry');
  await checks.accessible(page, 'the inquiry form with errors');
  await page.getByLabel('Topic').selectOption('mortgage');
  await page.getByLabel('Subject').fill('<b>Fixed rate</b> after ten years?');
  await page.getByLabel('Your message').fill('My fixed rate ends next spring.\nWhat are my options?');
  await page.getByRole('button', { name: 'Send inquiry' }).click();
  check(/\/inquiries\/\d+$/.test(page.url()), 'sending shows the new thread');
  check((await page.locator('h1').textContent()) === '<b>Fixed rate</b> after ten years?', 'the subject shows as text, not markup');

  fs.writeFileSync(triggerFile, page.url().split('/').pop());
  for (let i = 0; i < 100 && !fs.existsSync(doneFile); i++) await new Promise(r => setTimeout(r, 100));
  check(fs.existsSync(doneFile), 'the advisor replied through the API');
  // The notice, as the relay received it: that an answer waits, a link, and nothing of the inquiry or the answer.
  const notice = await awaitMail(maildir, 'browser@example.com', mail => mail.body.includes('/inquiries') && mail, 'notice');
  const subject = /^Subject: =\?UTF-8\?B\?([^?]*)\?=/m.exec(notice.head);
  check(subject && Buffer.from(subject[1], 'base64').toString() === 'A new answer is waiting in your mailbox', 'a notice mail arrives with a fixed subject');
  check(['Fixed rate', 'five years', 'Zo\u00eb', '\u00dcnal', 'Maria', 'M\u00fcller', 'mortgage', 'Mortgages']
          .every(word => !notice.head.includes(word) && !notice.body.includes(word)), 'the notice names no subject, person, topic or text');

  const threadUrl = page.url();
  await page.getByRole('link', { name: 'Mailbox', exact: true }).click();
  check(await page.locator('.badge').textContent() === 'New answer', 'the mailbox marks the answered inquiry as new');
  check(await page.getByRole('link', { name: 'Mailbox (1 new answer)' }).isVisible(), 'the navigation counts new answers, in words for screen readers');
  check(/\d\d:\d\d CES?T$/.test((await page.locator('ul.inquiries .meta').textContent()).trim()), 'times show the configured zone (Europe/Berlin)');
  await shoot(page, 'customer-mailbox-new-answer.png');
  await checks.accessible(page, 'the mailbox with a new answer');
  await page.getByRole('link', { name: '<b>Fixed rate</b> after ten years?' }).click();
  check(page.url() === threadUrl, 'the subject opens the thread');
  check(await page.getByText('You can fix the rate up to five years ahead.').isVisible(), 'the advisor\'s reply is in the thread');
  check(await page.getByRole('link', { name: 'Mailbox', exact: true }).isVisible(), 'opening the thread clears the count');
  await page.getByRole('button', { name: 'Send answer' }).click();
  await checkAnnounced(page, 'body', 'an empty answer');
  await page.getByLabel('Your answer').fill('Thank you, please send me the offers.');
  await page.getByRole('button', { name: 'Send answer' }).click();
  check(await page.getByText('Thank you, please send me the offers.').isVisible(), 'the customer answers in the same thread');

  await page.getByRole('link', { name: 'Mailbox', exact: true }).click();
  check(await page.getByText('Waiting for an answer').isVisible(), 'the mailbox shows the state in words');
  check(await page.getByText(/^Open since .+\. We will answer by .+\.$/).isVisible(), 'the mailbox says by when an answer is promised');
  check(await page.locator('.badge').count() === 0, 'the read answer is no longer marked new');
  await page.locator('footer').getByRole('link', { name: 'Your agreement' }).click();
  check(await page.getByText(/^You accepted version \S+ on /).isVisible(), 'the agreement shows which version was accepted and when');
  await page.getByRole('link', { name: 'Back to the mailbox' }).click();
  await shoot(page, 'customer-mailbox.png');
  await checks.accessible(page, 'the mailbox');
  // Everything stored about the customer, to take away: the page, and the readable copy as it opens after download.
  await page.getByRole('link', { name: 'Your data' }).click();
  check(await page.getByRole('link', { name: 'Readable copy (HTML)' }).isVisible()
        && await page.getByRole('link', { name: 'Machine-readable copy (JSON)' }).isVisible(), 'the data page offers both downloads');
  await shoot(page, 'customer-account.png');
  await checks.accessible(page, 'the data page');
  const exported = await context.request.get(new URL('/account/export.html', customerUrl).href);
  check(exported.ok() && (exported.headers()['content-disposition'] || '').startsWith('attachment;'), 'the readable copy comes as a download');
  const copy = await context.newPage();
  await copy.setContent(await exported.text());
  check(await copy.getByText('Thank you, please send me the offers.').isVisible()
        && await copy.getByText('You can fix the rate up to five years ahead.').isVisible(), 'the copy holds the customer\'s and the advisor\'s messages');
  await shoot(copy, 'customer-export.png');
  await copy.close();
  await page.goto(threadUrl);
  await shoot(page, 'customer-thread.png');
  await checks.accessible(page, 'the thread');
  await page.getByRole('button', { name: 'Sign out' }).click();
  check(page.url().endsWith('/login'), 'signing out returns to the sign-in page');

  // The customer deletes the inquiry, then closes the account: both asked for twice, both gone for good.
  await page.getByLabel('E-mail address').fill('browser@example.com');
  await page.getByLabel('Password').fill('browser password 1');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.goto(threadUrl);
  await page.getByText('Delete this inquiry', { exact: true }).click();
  await page.getByRole('button', { name: 'Delete inquiry' }).click();
  await checkAnnounced(page, 'confirm', 'a deletion not confirmed');
  await page.getByLabel('Delete this inquiry and all its messages for good. This cannot be undone.').check();
  await page.getByRole('button', { name: 'Delete inquiry' }).click();
  check(page.url().endsWith('/inquiries?deleted=1') && await page.getByRole('status').getByText('The inquiry and all its messages have been deleted.').isVisible(),
        'deleting the inquiry says so in the mailbox');
  check(await page.getByText('You have not written an inquiry yet.').isVisible(), 'the deleted inquiry is gone from the mailbox');
  // The two-factor set-up in English (the German flow turns it on and signs in with it).
  await page.goto(new URL('/account/two-factor', customerUrl).href);
  await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
  check(await page.getByRole('img', { name: 'QR code to scan with your authenticator app' }).isVisible(), 'the two-factor set-up shows a QR code');
  await checks.accessible(page, 'the two-factor set-up');
  await checks.shoot(page, 'customer-two-factor-setup.png');
  await page.getByRole('link', { name: 'Your data' }).click();
  await page.getByLabel('Your password').fill('browser password 1');
  await page.getByLabel('Close my account and delete everything in it for good.').check();
  await page.getByRole('button', { name: 'Close account' }).click();
  check(page.url().endsWith('/login?closed=1') && await page.getByRole('status').getByText('Your account is closed.').isVisible(),
        'closing the account signs out and says everything is deleted');
  check((await context.cookies()).every(c => c.name !== '__Host-confidant_session'), 'no session cookie is left');
} finally {
  await browser.close(); // playwright gave the browser a fresh temporary profile and removes it
}
checks.finish();
