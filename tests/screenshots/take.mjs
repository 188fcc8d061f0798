// Takes the screenshots the README and reviews use: node tests/screenshots/take.mjs
// (expects the built app served by `npx vite preview --port 4173`, or BASE_URL).
/* global document, getComputedStyle, indexedDB, requestAnimationFrame -- used inside the page */
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../e2e/chromium-path.mjs';

const base = process.env.BASE_URL ?? 'http://localhost:4173';
const browser = await chromium.launch({
  executablePath: chromiumPath() ?? undefined,
  args: chromiumArgs,
});
const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
const shot = async (name) => page.screenshot({ path: `tests/screenshots/${name}.png` });
// The list's ready-made views arrive with their counts after the rows.
const viewsShown = () => page.getByRole('navigation', { name: 'Ready-made views' }).getByRole('link').first().waitFor();

await page.goto(`${base}/sign-in`);
await page.getByRole('heading', { name: 'Sign in to Comptoir' }).waitFor();
await shot('sign-in');
await page.getByRole('textbox', { name: 'E-mail' }).fill('admin@atelier-lumiere.example');
await page.getByRole('textbox', { name: 'Password' }).fill('demo-password');
await page.getByRole('button', { name: 'Sign in' }).click();
// The sign-in page has a table of its own: wait for the orders list itself.
await page.getByRole('table', { name: 'Orders matching the filters' }).locator('tbody tr').first().waitFor();
// The README shows test data, as a merchant integrating first sees it.
await page.evaluate(() => {
  localStorage.setItem('comptoir.data-mode.last', 'test');
  sessionStorage.setItem('comptoir.data-mode', 'test');
});
await page.goto(`${base}/orders?status=created&sort=daysToExpiry&order=asc`);
await page.locator('tbody tr').first().waitFor();
await viewsShown();
await shot('orders-list');
// The same list on a phone: one card per order, the filters folded.
await page.setViewportSize({ width: 390, height: 844 });
await page.getByRole('list', { name: 'Orders matching the filters' }).getByRole('listitem').first().waitFor();
// The navigation slides out of view as the page narrows: the picture waits until it has gone.
await page.waitForFunction(() => document.querySelector('nav[aria-label="Main"]').getBoundingClientRect().right <= 0);
await shot('orders-list-phone');
await page.setViewportSize({ width: 1440, height: 900 });
await page.locator('tbody tr').first().waitFor();
// The columns panel, open over the list.
await page.getByRole('button', { name: 'Columns' }).click();
await page.getByRole('button', { name: 'Reset columns' }).waitFor();
// The panel fades in: the picture waits until it is opaque.
await page.waitForFunction(() => {
  const panel = [...document.querySelectorAll('.mantine-Popover-dropdown')].find((dropdown) => dropdown.textContent.includes('Columns of the list'));
  return panel && getComputedStyle(panel).opacity === '1';
});
await shot('orders-columns');
await page.keyboard.press('Escape');
await page.locator('tbody tr a').first().click();
await page.getByRole('heading', { name: /^Order / }).waitFor();
await shot('order-detail');
await page.getByRole('button', { name: 'Activate', exact: true }).click();
await page.getByRole('dialog').waitFor();
await shot('activate-dialog');
await page.keyboard.press('Escape');
await page.goto(`${base}/orders?status=activated`);
await page.locator('tbody tr a').first().click();
await page.getByRole('button', { name: 'Partial cancel' }).click();
await page.getByText('Returned items').click();
// Let the segmented control's indicator finish sliding to the chosen side.
await page.waitForTimeout(500);
await shot('partial-cancel-dialog');
await page.keyboard.press('Escape');
await page.goto(`${base}/orders/9999999`);
await page.getByRole('heading', { name: /^No order 9999999/ }).waitFor();
await shot('order-not-found');
await page.goto(`${base}/statements`);
await page.locator('tbody tr').first().waitFor();
await shot('statements');
await page.locator('tbody tr a').first().click();
await page.getByRole('heading', { name: /^Statement / }).waitFor();
await shot('statement');
await page.goto(`${base}/support`);
await page.getByRole('heading', { name: 'New ticket' }).waitFor();
await shot('support');
await page.goto(`${base}/support/tickets/CPT-3333-T00103`);
await page.getByRole('heading', { name: 'Ticket CPT-3333-T00103' }).waitFor();
await shot('support-ticket');
await page.goto(`${base}/api-reference`);
await page.getByRole('region', { name: 'Orders' }).waitFor();
await page.getByRole('button', { name: /POST\s*\/orders\/\{orderNumber\}\/reductions/ }).click();
await page.getByLabel('Example request body').filter({ visible: true }).waitFor();
await page.waitForTimeout(500);
// Show the two shapes a reduction body may take, under the operation's title.
// Scrolled from the operation itself, whatever the sections above it hold; the fixed header is 92 px.
await page
  .getByRole('button', { name: /POST\s*\/orders\/\{orderNumber\}\/reductions/ })
  .evaluate((button) => globalThis.scrollTo(0, button.getBoundingClientRect().top + globalThis.scrollY - 100));
await shot('api-reference');

// The team, after an invitation: the demo shows the link, since no e-mail leaves the browser.
await page.goto(`${base}/settings/team`);
await page.getByRole('table', { name: 'Users of your merchant account' }).waitFor();
await page.getByRole('button', { name: 'Invite a user' }).click();
const invite = page.getByRole('dialog', { name: 'Invite a user' });
await invite.getByRole('textbox', { name: 'E-mail' }).fill('emma.peeters@atelier-lumiere.example');
await invite.getByRole('radio', { name: /^Finance/ }).check();
await invite.getByRole('button', { name: 'Send the invitation' }).click();
await invite.waitFor({ state: 'detached' });
const sent = page.getByRole('status').filter({ hasText: 'Invitation sent' });
await sent.getByRole('link', { name: /\/invitations\// }).waitFor();
await shot('team');
// The team on a phone: one card per user.
await page.setViewportSize({ width: 390, height: 844 });
await page.getByRole('list', { name: 'Users of your merchant account' }).getByRole('listitem').first().waitFor();
await page.waitForFunction(() => document.querySelector('nav[aria-label="Main"]').getBoundingClientRect().right <= 0);
await page.screenshot({ path: 'tests/screenshots/team-phone.png', fullPage: true });
await page.setViewportSize({ width: 1440, height: 900 });
await page.getByRole('table', { name: 'Users of your merchant account' }).waitFor();
await sent.getByRole('link', { name: 'Open the outbox' }).click();
const message = page.getByRole('listitem').first();
await message.waitFor();
await shot('outbox');
// What the invitee sees on opening the link.
await page.goto(`${base}${await message.getByRole('link', { name: /^Open the link/ }).getAttribute('href')}`);
await page.getByRole('heading', { level: 1, name: /^Join / }).waitFor();
await shot('invitation');
await page.goto(`${base}/settings/billing-details`);
await page.getByRole('textbox', { name: 'VAT number' }).waitFor();
await shot('settings-billing-details');
await page.goto(`${base}/settings/payout-account`);
await page.getByRole('table', { name: 'History' }).waitFor();
await page.getByRole('textbox', { name: 'IBAN' }).fill('BE68 5390 0754 7034');
await page.getByText('Valid IBAN. Country of the account: Belgium.').waitFor();
await shot('settings-payout-account');
await page.goto(`${base}/settings/credentials`);
await page.getByRole('region', { name: 'Live keys' }).waitFor();
await shot('settings-credentials');
await page.getByRole('button', { name: 'Create a test key' }).click();
await page.getByRole('textbox', { name: 'Name' }).fill('Warehouse sync');
await page.getByRole('button', { name: 'Create test key' }).click();
await page.getByRole('textbox', { name: 'Your new key' }).waitFor();
await shot('settings-new-key');
await page.getByRole('button', { name: 'Done' }).click();
// The activity log: every change, its world, and the filters, the world among them.
await page.goto(`${base}/settings/activity`);
await page.getByRole('table', { name: 'Activity, newest first' }).waitFor();
await shot('activity');

// A merchant still integrating: test data only, the go-live checklist, and the header saying why.
const bergblick = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
await bergblick.goto(`${base}/sign-in`);
await bergblick.getByRole('textbox', { name: 'E-mail' }).fill('admin@bergblick.example');
await bergblick.getByRole('textbox', { name: 'Password' }).fill('demo-password');
await bergblick.getByRole('button', { name: 'Sign in' }).click();
await bergblick.getByRole('table', { name: 'Orders matching the filters' }).locator('tbody tr').first().waitFor();
await bergblick.goto(`${base}/settings/credentials`);
await bergblick.getByRole('heading', { name: 'Going live' }).waitFor();
await bergblick.getByRole('button', { name: 'Why is live data not available?' }).click();
const checklistLink = bergblick.getByRole('link', { name: 'See the go-live checklist' });
await checklistLink.waitFor();
// Once the popover has faded in, not half-way.
await checklistLink.evaluate(
  (link) =>
    new Promise((done) => {
      const shown = () => [...document.querySelectorAll('*')].filter((node) => node.contains(link)).every((node) => getComputedStyle(node).opacity === '1');
      const poll = () => (shown() ? done() : requestAnimationFrame(poll));
      poll();
    }),
);
await bergblick.screenshot({ path: 'tests/screenshots/settings-go-live.png' });
await bergblick.close();

// Values no version of the app writes, left in the demo's journal: the app starts with what is valid
// and says what it set aside.
await page.evaluate(
  () =>
    new Promise((resolve) => {
      const opening = indexedDB.open('comptoir-demo');
      opening.onsuccess = () => {
        const transaction = opening.result.transaction('journal', 'readwrite');
        for (const value of [null, { kind: 'order', order: null }, { kind: 'reset', seed: 'x' }]) transaction.objectStore('journal').add(value);
        transaction.oncomplete = () => resolve(opening.result.close());
      };
    }),
);
await page.goto(`${base}/orders`);
await page.getByText(/stored changes could not be read/).waitFor();
await page.locator('tbody tr').first().waitFor();
await viewsShown();
await shot('set-aside-banner');
await browser.close();
