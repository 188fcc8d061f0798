import type { Page } from '@playwright/test';
import { expect, expectAccessible, orderRows, signIn, test, tokenOf } from './fixtures';

type Answer = { status: number; text: string };

/** A call to the API through the page, so that the embedded backend answers; the body is read as the PDF writes it (windows-1252). */
async function callApi(page: Page, path: string, { method = 'GET', mode, body }: { method?: string; mode?: 'test' | 'live'; body?: unknown } = {}): Promise<Answer> {
  const token = await tokenOf(page);
  return page.evaluate(
    async ({ bearer, path, method, mode, body }) => {
      const headers: Record<string, string> = { Authorization: `Bearer ${bearer}` };
      if (mode) headers['Comptoir-Mode'] = mode;
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      const response = await fetch(`/api${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      return { status: response.status, text: new TextDecoder('windows-1252').decode(await response.arrayBuffer()) };
    },
    { bearer: token, path, method, mode, body },
  );
}

/** Opens the settings from the user menu with the keyboard alone. */
async function openSettings(page: Page) {
  await page.getByRole('button', { name: /User menu for/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Settings' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Billing details' })).toBeVisible();
}

test('an admin changes the billing details, each value checked beside its field, and the next invoice shows them', async ({ page }) => {
  await signIn(page, 'admin');
  await expect(orderRows(page).first()).toBeVisible();
  await openSettings(page);
  const settings = page.getByRole('navigation', { name: 'Settings' });
  await expect(settings.getByRole('link')).toHaveText(['Billing details', 'Payout account', 'Credentials', 'Team', 'Activity']);
  await expectAccessible(page);

  const vatNumber = page.getByRole('textbox', { name: 'VAT number' });
  const postalCode = page.getByRole('textbox', { name: 'Postal code' });
  // In Belgium's format, but a digit is mistyped: its check digits do not match.
  await vatNumber.fill('BE0123456788');
  await postalCode.fill('12');
  await page.getByRole('textbox', { name: 'Street and number' }).fill('Place Sainte-Catherine 3');
  await vatNumber.press('Enter');
  await expect(page.getByText('A digit is wrong: check the number for a typing mistake.')).toBeVisible();
  await expect(page.getByText('This is not a postal code of the country chosen, whose postal codes are written like 1000.')).toBeVisible();
  await expect(postalCode).toBeFocused();
  await expect(vatNumber).toHaveValue('BE0123456788');
  await expectAccessible(page);

  await postalCode.fill('1000');
  await vatNumber.fill('BE 0987.654.394');
  await vatNumber.press('Enter');
  await expect(page.getByText('Saved. The next invoice and credit note show the new details.')).toBeVisible();
  await expect(vatNumber).toHaveValue('BE0987654394');

  const list = JSON.parse((await callApi(page, '/orders?status=paid&pageSize=1', { mode: 'live' })).text) as { items: { orderNumber: string }[] };
  const orderNumber = list.items[0]!.orderNumber;
  const invoice = await callApi(page, `/orders/${orderNumber}/documents/INV-3333-${orderNumber}?lang=en`, { mode: 'live' });
  expect(invoice.status).toBe(200);
  expect(invoice.text).toContain('Atelier Lumière SRL, Place Sainte-Catherine 3, 1000 Bruxelles');
  expect(invoice.text).toContain('VAT number: BE0987654394');
});

test('billing details typed and not saved are back after a sign-out in another tab and a sign-in', async ({ page, context }) => {
  await signIn(page, 'admin', '/settings/billing-details');
  const city = page.getByRole('textbox', { name: 'City' });
  await city.fill('Ixelles');

  const other = await context.newPage();
  await other.goto('/orders');
  await other.getByRole('button', { name: /User menu for/ }).click();
  await other.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(other.getByRole('button', { name: 'Sign in' })).toBeVisible();

  // This tab hears of it and asks to sign in again, then comes back to the form as it was.
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await page.getByRole('textbox', { name: 'E-mail' }).fill('admin@atelier-lumiere.example');
  await page.getByRole('textbox', { name: 'Password' }).fill('demo-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Billing details' })).toBeVisible();
  await expect(city).toHaveValue('Ixelles');
  await expect(page.getByText('What you typed here earlier is back: it is not saved yet.')).toBeVisible();
  await expectAccessible(page);
});

test('an admin gives a new payout account, checked as it is typed, for the next payout on', async ({ page }) => {
  await signIn(page, 'admin');
  await expect(orderRows(page).first()).toBeVisible();
  await openSettings(page);
  await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Payout account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Payout account' })).toBeVisible();
  await expect(page.getByText('Current', { exact: true })).toBeVisible();
  await expectAccessible(page);

  const iban = page.getByRole('textbox', { name: 'IBAN' });
  await iban.fill('NL91 ABNA 0417 1643 01');
  await iban.press('Tab');
  await expect(page.getByText('The check digits do not match: look for a mistyped character.')).toBeVisible();
  await expectAccessible(page);
  await iban.fill('NL91 ABNA 0417 1643 00');
  await expect(page.getByText('Valid IBAN. Country of the account: Netherlands.')).toBeVisible();
  // The password is asked again: a session left open may not move where the money goes.
  await page.getByLabel(/^Your password/).fill('demo-password');
  await page.getByRole('button', { name: 'Save payout account' }).click();
  await expect(page.getByText(/^Saved\. Payouts from .+ go to the new account\.$/)).toBeVisible();
  await expect(page.getByText(/^From /)).toBeVisible();
  await expect(page.getByRole('table', { name: 'History' }).locator('tbody tr')).toHaveCount(2);
  await expectAccessible(page);
});

test('an admin creates a test key whose secret is shown once, then revokes it', async ({ page }) => {
  await signIn(page, 'admin');
  await expect(orderRows(page).first()).toBeVisible();
  await page.goto('/settings/credentials');
  await expect(page.getByText('Security check passed')).toBeVisible();
  await expectAccessible(page);

  const testKeys = page.getByRole('region', { name: 'Test keys' });
  await testKeys.getByRole('button', { name: 'Create a test key' }).click();
  const dialog = page.getByRole('dialog', { name: 'New test key' });
  await expect(dialog.getByRole('textbox', { name: 'Name' })).toBeFocused();
  await page.keyboard.type('Warehouse sync');
  await page.keyboard.press('Enter');
  const secretField = dialog.getByRole('textbox', { name: 'Your new key' });
  await expect(secretField).toHaveValue(/^cpk_test_[0-9A-Za-z]{32}$/);
  const secret = await secretField.inputValue();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(secret)).toHaveCount(0);
  const row = testKeys.getByRole('row', { name: /Warehouse sync/ });
  await expect(row).toContainText(`cpk_test_…${secret.slice(-4)}`);

  // The key proves itself until it is revoked.
  const verify = () => page.evaluate(async (key) => (await fetch('/api/account/api-keys/verify', { headers: { Authorization: `Bearer ${key}` } })).status, secret);
  expect(await verify()).toBe(200);
  await row.getByRole('button', { name: /^Revoke the key Warehouse sync/ }).click();
  const confirm = page.getByRole('dialog', { name: 'Revoke the key "Warehouse sync"?' });
  await expectAccessible(page);
  await confirm.getByRole('button', { name: 'Revoke key' }).click();
  await expect(row).toContainText('Revoked on');
  expect(await verify()).toBe(401);
  await expectAccessible(page);
});

test('Bergblick works in test data until its security check has passed, then goes live', async ({ page }) => {
  await signIn(page, 'bergblick');
  await expect(orderRows(page).first()).toBeVisible();
  // The header's Live side is closed and says why.
  const data = page.getByRole('radiogroup', { name: 'Data' });
  await expect(data.getByRole('radio', { name: 'Live' })).toBeDisabled();
  await expect(data.getByRole('radio', { name: 'Test' })).toBeChecked();
  await expect(page.getByText(/^Test data: you are looking at test orders/)).toBeVisible();
  expect((await callApi(page, '/orders', { mode: 'live' })).status).toBe(403);
  await page.getByRole('button', { name: 'Why is live data not available?' }).click();
  await expect(page.getByText("Your merchant has not passed the provider's security check yet", { exact: false }).last()).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'See the go-live checklist' }).click();

  await expect(page.getByRole('heading', { name: 'Going live' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Live keys' })).toContainText('Live keys can be created once the security check has passed.');
  await expectAccessible(page);

  // The checklist: a payout account, then a test order activated and credited by the integration.
  await page.getByRole('link', { name: 'give a payout account' }).click();
  await page.getByRole('textbox', { name: 'Account holder' }).fill('Bergblick AG');
  await page.getByRole('textbox', { name: 'IBAN' }).fill('CH93 0076 2011 6238 5295 7');
  await page.getByLabel(/^Your password/).fill('demo-password');
  await page.getByRole('button', { name: 'Save payout account' }).click();
  await expect(page.getByText(/^Saved\. Payouts from/)).toBeVisible();
  const created = JSON.parse((await callApi(page, '/orders?status=created&pageSize=1', { mode: 'test' })).text) as { items: { orderNumber: string; version: number }[] };
  const order = created.items[0]!;
  const activated = await callApi(page, `/orders/${order.orderNumber}/activate`, { method: 'POST', mode: 'test', body: { version: order.version } });
  const { version } = JSON.parse(activated.text) as { version: number };
  expect((await callApi(page, `/orders/${order.orderNumber}/reductions`, { method: 'POST', mode: 'test', body: { version, reason: 'Integration test', amount: 100 } })).status).toBe(200);

  await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Credentials' }).click();
  await page.getByRole('button', { name: 'Request the security check' }).click();
  await expect(page.getByText(/in review, to be finished on/)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Pass the check now (demo)' }).click();
  await expect(page.getByText('Security check passed')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Live keys' }).getByRole('button', { name: 'Create a live key' })).toBeVisible();

  await expect(data.getByRole('radio', { name: 'Live' })).toBeEnabled();
  await data.getByText('Live').click();
  await page.goto('/orders');
  await expect(orderRows(page).first()).toBeVisible();
  await expect(page.getByText(/^Test data: you are looking at test orders/)).toHaveCount(0);
  await expectAccessible(page);
});

test('an admin reads who changed what in the activity log, and filters it by kind', async ({ page }) => {
  await signIn(page, 'admin');
  await expect(orderRows(page).first()).toBeVisible();
  await openSettings(page);
  await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Activity' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Activity' })).toBeVisible();
  const newest = page.getByRole('table', { name: 'Activity, newest first' }).getByRole('row').nth(1);
  await expect(newest).toContainText('Signed in');
  await expect(newest).toContainText('Nathalie Dubois');
  await expectAccessible(page);

  await page.getByRole('combobox', { name: 'Kind of change' }).click();
  await page.getByRole('option', { name: 'Billing details changed' }).click();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/kind=billing-details-changed/);
  await expect(page.getByText('No activity matches these filters')).toBeVisible();
  await expectAccessible(page);
});
