import type { Locator, Page } from '@playwright/test';
import { accounts, expect, expectAccessible, listSettled, orderRows, password, signIn, test, tokenOf } from './fixtures';

// A day's work with the keyboard alone: after the page is loaded, every step is a key press.

type ListedOrder = { orderNumber: string; paymentReference: string; customer: { name: string } };

/** Asks the API (the embedded backend answers) as a script would. */
async function api<Body>(page: Page, path: string): Promise<Body> {
  const token = await tokenOf(page);
  return page.evaluate(
    async ({ bearer, url }) => {
      const response = await fetch(url, { headers: { Authorization: `Bearer ${bearer}`, 'Comptoir-Mode': 'live' } });
      return response.json();
    },
    { bearer: token, url: `/api${path}` },
  );
}

/** Presses Tab (Shift+Tab when `back`) until `target` has the focus. */
async function tabTo(page: Page, target: Locator, { back = false, most = 60 } = {}) {
  for (let presses = 0; presses < most; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}

/** Focus is on an element of the page, never left on <body>. */
async function expectFocusKept(page: Page) {
  const focused = await page.evaluate(() => {
    const element = document.activeElement;
    return !element || element === document.body ? 'body' : `${element.tagName.toLowerCase()} ${element.textContent?.slice(0, 40) ?? ''}`;
  });
  expect(focused).not.toBe('body');
}

/** Signs in from the sign-in page by typing: Tab to the address, type, Tab, type, Enter. */
async function signInByKeyboard(page: Page, account: keyof typeof accounts) {
  await page.goto('/sign-in');
  await tabTo(page, page.getByRole('textbox', { name: 'E-mail' }));
  await page.keyboard.type(accounts[account]);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Password' })).toBeFocused();
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
  // The sign-in button left with its form: the first page's title takes the focus.
  await expect(page.getByRole('heading', { level: 1, name: 'Orders' })).toBeFocused();
  await listSettled(page);
}

/** Moves through an open menu with the arrows until `item` has the focus. */
async function arrowTo(page: Page, item: Locator, most = 10) {
  for (let presses = 0; presses < most; presses += 1) {
    if (await item.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('ArrowDown');
  }
  await expect(item).toBeFocused();
}

/** Picks an option of the open combobox list: arrows until it is the one marked, then Enter. */
async function pickOption(page: Page, name: string, most = 10) {
  const option = page.getByRole('option', { name, exact: true });
  for (let presses = 0; presses < most; presses += 1) {
    if ((await option.getAttribute('data-combobox-selected')) !== null) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
}

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
// Many page states, each checked with axe, on two shared cores.
test.describe.configure({ timeout: 150_000 });

test('an admin finds an order by its pasted reference, activates it, and saves a view that survives a reload', async ({ page }) => {
  await signInByKeyboard(page, 'admin');
  await expectAccessible(page);
  const created = await api<{ items: ListedOrder[] }>(page, '/orders?status=created&sort=orderNumber&order=asc&pageSize=10');
  const order = created.items[0]!;
  await page.evaluate((text) => navigator.clipboard.writeText(text), order.paymentReference);

  // The palette, the reference pasted, the activation chosen with the arrows.
  await page.keyboard.press('Control+K');
  const palette = page.getByRole('dialog', { name: 'Search or go to' });
  const search = palette.getByRole('combobox', { name: /Page, order number/ });
  await expect(search).toBeFocused();
  await page.keyboard.press('Control+V');
  await expect(search).toHaveValue(order.paymentReference);
  await expect(palette.getByRole('option', { name: new RegExp(`Open order ${order.orderNumber}`) })).toHaveAttribute('aria-selected', 'true');
  await expectAccessible(page);
  await page.keyboard.press('ArrowDown');
  await expect(palette.getByRole('option', { name: new RegExp(`Activate order ${order.orderNumber}`) })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');

  // The order's page with its activation dialog, confirmed from the keyboard.
  await expect(page.getByRole('heading', { level: 1, name: `Order ${order.orderNumber}` })).toBeVisible();
  const dialog = page.getByRole('dialog', { name: `Activate order ${order.orderNumber}` });
  await expect(dialog).toBeVisible();
  await expect(palette).toHaveCount(0);
  await expectFocusKept(page);
  await expect(dialog.locator(':focus')).toHaveCount(1);
  await expectAccessible(page);
  await tabTo(page, dialog.getByRole('button', { name: 'Activate order' }));
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText(`Order ${order.orderNumber} is activated; the invoice is issued.`)).toBeVisible();
  await expect(page.getByRole('main').getByText('Activated', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Activate', exact: true })).toHaveCount(0);
  // The Activate button that would have had the focus back is gone: the page's title takes it.
  await expect(page.getByRole('heading', { level: 1, name: `Order ${order.orderNumber}` })).toBeFocused();
  await expectAccessible(page);
  expect((await api<{ status: string }>(page, `/orders/${order.orderNumber}`)).status).toBe('activated');

  // "g o" to the list, "/" to its search, then the status filter.
  const surname = order.customer.name.split(' ').at(-1)!;
  await page.keyboard.press('g');
  await page.keyboard.press('o');
  await expect(page.getByRole('heading', { level: 1, name: 'Orders' })).toBeFocused();
  await listSettled(page);
  await page.keyboard.press('/');
  const searchBox = page.getByRole('textbox', { name: 'Search' });
  await expect(searchBox).toBeFocused();
  await page.keyboard.type(surname);
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(surname)}`));
  await page.keyboard.press('Tab');
  const status = page.getByRole('combobox', { name: 'Status' });
  await expect(status).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('option', { name: 'Activated' })).toBeVisible();
  await pickOption(page, 'Activated');
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/status=activated/);
  await listSettled(page);
  await expectFocusKept(page);
  await expectAccessible(page);

  // Saved under a name from the "My views" menu.
  const menuButton = page.getByRole('button', { name: /^My views \(\d+\)$/ });
  await tabTo(page, menuButton, { back: true });
  await page.keyboard.press('Enter');
  const saveItem = page.getByRole('menuitem', { name: 'Save this view…' });
  await expect(saveItem).toBeVisible();
  await expectAccessible(page);
  await arrowTo(page, saveItem);
  await page.keyboard.press('Enter');
  const saveDialog = page.getByRole('dialog', { name: 'Save this view' });
  await expect(saveDialog.getByRole('textbox', { name: 'Name' })).toBeFocused();
  await expectAccessible(page);
  await page.keyboard.type('Activated for this customer');
  await page.keyboard.press('Enter');
  await expect(saveDialog).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'My views (1)' })).toBeFocused();
  const savedUrl = page.url();

  // Back to the whole list, reloaded; the view comes back from the menu.
  await page.keyboard.press('g');
  await page.keyboard.press('o');
  await expect(page).toHaveURL(/\/orders$/);
  await expectFocusKept(page);
  await page.reload();
  await listSettled(page);
  await tabTo(page, page.getByRole('button', { name: 'My views (1)' }));
  await page.keyboard.press('Enter');
  const viewItem = page.getByRole('menuitem', { name: 'Activated for this customer' });
  await arrowTo(page, viewItem);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(savedUrl);
  await listSettled(page);
  // The menu closed on the list it opened: its button has the focus back.
  await expect(page.getByRole('button', { name: 'My views (1)' })).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Search' })).toHaveValue(surname);
  await expect(page.getByRole('button', { name: /^Remove filter Status: .*Activated/ })).toBeVisible();
  await expect(orderRows(page).filter({ hasText: order.orderNumber })).toHaveCount(1);
  for (const row of await orderRows(page).all()) await expect(row).toContainText('Activated');
  await expectAccessible(page);
});

test('a control reached by Tab in the orders table is never under the fixed header', async ({ page }) => {
  await signIn(page, 'admin');
  await expect(orderRows(page).first()).toBeVisible();
  // The table's box is reached by Tab and scrolled to; the next stops are its column headers and rows.
  await page.getByRole('region', { name: 'Orders matching the filters' }).focus();
  for (let stop = 0; stop < 6; stop += 1) {
    await page.keyboard.press('Tab');
    const { top, headerBottom } = await page.evaluate(() => ({
      top: document.activeElement!.getBoundingClientRect().top,
      headerBottom: document.querySelector('header')!.getBoundingClientRect().bottom,
    }));
    expect(top).toBeGreaterThanOrEqual(headerBottom);
  }
});

test('a support agent finds an order by its customer, writes to support about it, and sees the ticket', async ({ page }) => {
  await signInByKeyboard(page, 'support');
  await expectAccessible(page);
  const listed = await api<{ items: ListedOrder[] }>(page, '/orders?sort=orderNumber&order=asc&pageSize=1');
  const customer = listed.items[0]!.customer.name;

  // Opened and closed again: the focus is back where it was.
  const ordersHeading = page.getByRole('heading', { level: 1, name: 'Orders' });
  await expect(ordersHeading).toBeFocused();
  await page.keyboard.press('Control+K');
  const palette = page.getByRole('dialog', { name: 'Search or go to' });
  await expect(palette.getByRole('combobox')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(palette).toHaveCount(0);
  await expect(ordersHeading).toBeFocused();

  await page.keyboard.press('Control+K');
  await expect(palette.getByRole('combobox')).toBeFocused();
  await page.keyboard.type(customer);
  // The customer's latest order comes first, chosen already.
  const open = palette.getByRole('option', { name: /^Open order \d+/ }).first();
  await expect(open).toContainText(customer);
  await expect(open).toHaveAttribute('aria-selected', 'true');
  const orderNumber = /\d+/.exec(await open.innerText())![0];
  await expectAccessible(page);
  await page.keyboard.press('Enter');

  const heading = page.getByRole('heading', { level: 1, name: `Order ${orderNumber}` });
  await expect(heading).toBeFocused();
  await expectAccessible(page);
  await tabTo(page, page.getByRole('link', { name: 'Contact support about this order' }));
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(`/support?order=${orderNumber}`);
  await expect(page.getByRole('textbox', { name: 'Order reference' })).toHaveValue(`BP${orderNumber}/3333`);
  await expectFocusKept(page);
  await expectAccessible(page);
  await tabTo(page, page.getByRole('textbox', { name: 'Message' }));
  // A field reached by Tab shows a ring as plain as a button's, not only a border of another colour.
  expect(await page.getByRole('textbox', { name: 'Message' }).evaluate((field) => [getComputedStyle(field).outlineStyle, getComputedStyle(field).outlineWidth])).toEqual(['solid', '2px']);
  await page.keyboard.type('The customer says the parcel never arrived. Can you hold the reminders?');
  await tabTo(page, page.getByRole('button', { name: 'Send to support' }));
  await page.keyboard.press('Enter');

  const sent = page.getByRole('status').filter({ hasText: /Sent: ticket CPT-3333-\d+/ });
  await expect(sent).toBeFocused();
  const ticketNumber = /CPT-3333-\d+/.exec(await sent.innerText())![0];
  await expectAccessible(page);

  // The team's tickets list it; its number opens it.
  const tickets = page.getByRole('table', { name: "Your team's tickets" });
  const link = tickets.getByRole('link', { name: new RegExp(ticketNumber) });
  await expect(link).toBeVisible();
  await tabTo(page, link);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(ticketNumber) })).toBeFocused();
  await expect(page.getByText('The customer says the parcel never arrived. Can you hold the reminders?')).toBeVisible();
  await expectAccessible(page);
});
