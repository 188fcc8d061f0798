import type { Page } from '@playwright/test';
import { backendWorkers, columnTexts, expect, expectAccessible, listSettled, orderNumberOf, orderRows, signIn, test, tokenOf } from './fixtures';

type StoredOrder = { status: string; outstanding: number; credited: number; total: number; shippingFee: number; version: number };

/** What the API stores for an order, asked through the page so that the embedded backend answers. */
async function stored(page: Page, orderNumber: string): Promise<StoredOrder> {
  const token = await tokenOf(page);
  return page.evaluate(
    async ({ bearer, number }) => {
      const response = await fetch(`/api/orders/${number}`, { headers: { Authorization: `Bearer ${bearer}`, 'Comptoir-Mode': 'live' } });
      return response.json();
    },
    { bearer: token, number: orderNumber },
  );
}

/** Opens the first order of the list in the given status. */
async function openFirst(page: Page, status: string, offset = 0): Promise<string> {
  await page.goto(`/orders?status=${status}&sort=orderNumber&order=asc`);
  await listSettled(page);
  const orderNumber = await orderNumberOf(page, offset).innerText();
  await orderNumberOf(page, offset).click();
  await expect(page.getByRole('heading', { level: 1, name: `Order ${orderNumber}` })).toBeVisible();
  return orderNumber;
}

async function chooseReason(page: Page, scope: ReturnType<Page['getByRole']>, label: string | RegExp, option: string) {
  // A name given as text is the whole name: each returned line's own reason has "reason" in its name too.
  await scope.getByRole('combobox', { name: label, exact: typeof label === 'string' }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test.beforeEach(async ({ page }) => {
  await signIn(page, 'admin');
  await expect(orderRows(page).first()).toBeVisible();
});

test('activate from a row of the list', async ({ page }) => {
  await page.goto('/orders?status=created&sort=orderNumber&order=asc');
  await listSettled(page);
  const orderNumber = await orderNumberOf(page, 0).innerText();
  await page.getByRole('button', { name: `Activate order ${orderNumber}` }).click();
  const dialog = page.getByRole('dialog', { name: `Activate order ${orderNumber}` });
  await expect(dialog.getByText(/due on/)).toBeVisible();
  await expectAccessible(page);
  // Every alert the page shows from here on, as a screen reader would hear it.
  await page.evaluate(() => {
    const heard: string[] = [];
    (window as unknown as { heard: string[] }).heard = heard;
    new MutationObserver(() => document.querySelectorAll('[role=alert]').forEach((alert) => heard.push(alert.textContent ?? ''))).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await dialog.getByRole('button', { name: 'Activate order' }).click();
  await expect(page.getByText(`Order ${orderNumber} is activated; the invoice is issued.`)).toBeVisible();
  // The list follows without a reload: the order left the "created" filter.
  await expect(page.getByRole('link', { name: orderNumber, exact: true })).toHaveCount(0);
  expect((await stored(page, orderNumber)).status).toBe('activated');
  // The dialog said nothing of a change or a refusal while its own activation was under way.
  const heard = await page.evaluate(() => (window as unknown as { heard: string[] }).heard);
  expect(heard.filter((text) => /no longer possible|Someone changed/.test(text))).toEqual([]);
});

test('activate several: the result is reported per order and nothing is applied twice', async ({ page }) => {
  await page.goto('/orders?status=created&sort=orderNumber&order=asc');
  await listSettled(page);
  const numbers = [await orderNumberOf(page, 0).innerText(), await orderNumberOf(page, 1).innerText()];
  for (const number of numbers) await page.getByRole('checkbox', { name: `Select order ${number}` }).check();
  await page.getByRole('button', { name: 'Activate selected (2)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Activate 2 orders' });
  await dialog.getByRole('button', { name: 'Activate 2 orders' }).click();
  await expect(dialog.getByText('2 of 2 orders activated.')).toBeVisible();
  for (const number of numbers) await expect(dialog.getByText(`${number}: activated`)).toBeVisible();
  await expectAccessible(page);
  for (const number of numbers) {
    const order = await stored(page, number);
    expect(order.status).toBe('activated');
    expect(order.version).toBeGreaterThan(0);
  }
});

test('activate from the detail, then download its invoice as a PDF', async ({ page }) => {
  const orderNumber = await openFirst(page, 'created', 2);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Activate', exact: true }).click();
  const dialog = page.getByRole('dialog');
  const dueText = await dialog.getByText(/due on/).innerText();
  await dialog.getByRole('button', { name: 'Activate order' }).click();
  await expect(page.getByText(`Order ${orderNumber} is activated; the invoice is issued.`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Partial cancel' })).toBeVisible();
  const dueDate = dueText.replace(/.*due on /, '').replace(/\.$/, '');
  await expect(page.getByText(dueDate, { exact: true })).toBeVisible();

  const downloadPromise = page.waitForEvent('download');
  // The first button names the shopper's language, never English in these markets.
  await page.getByRole('button', { name: new RegExp(`^Download INV-3333-${orderNumber} as PDF in (French|Dutch|German)$`) }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(new RegExp(`^INV-3333-${orderNumber}-(fr|nl|de)\\.pdf$`));
  const { readFile } = await import('node:fs/promises');
  const pdf = await readFile((await download.path())!);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  // In the shopper's language, with where to pay and the VAT per rate.
  const { payTo } = (await stored(page, orderNumber)) as unknown as { payTo: { iban: string } };
  const shoppers = pdf.toString('latin1');
  expect(shoppers).toContain(payTo.iban.replace(/(.{4})(?=.)/g, '$1 '));
  expect(shoppers).toMatch(/VAT summary|Récapitulatif TVA|Btw-overzicht|MwSt\.-Übersicht/);

  const inEnglish = page.waitForEvent('download');
  await page.getByRole('button', { name: `Download INV-3333-${orderNumber} as PDF in English` }).click();
  expect((await inEnglish).suggestedFilename()).toBe(`INV-3333-${orderNumber}-en.pdf`);
  const english = (await readFile((await (await inEnglish).path())!)).toString('latin1');
  expect(english).toContain('Invoice');
  expect(english).toContain('VAT summary');
});

test("extend an order's expiry by 30 days: the new date shows and the timeline holds it", async ({ page }) => {
  await page.goto('/orders?status=created&sort=daysToExpiry&order=asc');
  await listSettled(page);
  const orderNumber = await orderNumberOf(page, 0).innerText();
  await orderNumberOf(page, 0).click();
  await expect(page.getByRole('heading', { level: 1, name: `Order ${orderNumber}` })).toBeVisible();
  const before = (await stored(page, orderNumber)) as unknown as { expiresAt: string; maxExpiresAt: string; version: number };
  const newDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${before.maxExpiresAt}T00:00:00Z`));

  await page.getByRole('button', { name: 'Extend by 30 days' }).click();
  const dialog = page.getByRole('dialog', { name: `Extend the expiry of order ${orderNumber}` });
  await expect(dialog.getByText(`Extended by 30 days, it expires on ${newDate}, the latest the provider allows.`)).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Extend the expiry' }).click();
  await expect(page.getByText(`The expiry of order ${orderNumber} is extended to ${newDate}.`)).toBeVisible();
  await expect(page.getByText(`Expires on ${newDate} (extended)`)).toBeVisible();
  await expect(page.getByText(`Expiry extended to ${newDate}`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Extend by 30 days' })).toHaveCount(0);
  await expectAccessible(page);
  expect(await stored(page, orderNumber)).toMatchObject({ expiryExtended: true, expiresAt: before.maxExpiresAt, version: before.version + 1 });
});

test('a dialog is usable by keyboard: focus goes into it and back to the button that opened it', async ({ page }) => {
  await openFirst(page, 'created', 4);
  const button = page.getByRole('button', { name: 'Cancel order' });
  await button.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator(':focus')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

test('cancel before activation: the order is cancelled with its reason', async ({ page }) => {
  const orderNumber = await openFirst(page, 'created', 3);
  await page.getByRole('button', { name: 'Cancel order' }).click();
  const dialog = page.getByRole('dialog');
  await chooseReason(page, dialog, 'Reason', 'Out of stock');
  await dialog.getByRole('textbox', { name: 'Note' }).fill('Supplier stopped the series');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Cancel order' }).click();
  await expect(page.getByText(`Order ${orderNumber} is cancelled.`)).toBeVisible();
  await expect(page.getByText('This order is cancelled: nothing more can be changed.')).toBeVisible();
  await expect(page.getByText('Reason: Out of stock: Supplier stopped the series').first()).toBeVisible();
  expect(await stored(page, orderNumber)).toMatchObject({ status: 'cancelled', statusReason: 'Out of stock: Supplier stopped the series', statusReasonCode: 'out-of-stock' });

  await page.goto(`/orders?q=${orderNumber}`);
  await expect(orderRows(page)).toHaveCount(1);
  expect(await columnTexts(page, 'Status')).toEqual(['Cancelled: Out of stock: Supplier stopped the series']);
});

test('cancel after activation credits the whole outstanding amount', async ({ page }) => {
  const orderNumber = await openFirst(page, 'activated', 0);
  const before = await stored(page, orderNumber);
  await page.getByRole('button', { name: 'Cancel and credit' }).click();
  const dialog = page.getByRole('dialog');
  await chooseReason(page, dialog, 'Reason', 'Customer withdrew');
  await dialog.getByRole('button', { name: 'Credit the whole order' }).click();
  await expect(page.getByText(`Order ${orderNumber} is credited.`)).toBeVisible();
  const after = await stored(page, orderNumber);
  expect(after).toMatchObject({ status: 'credited', outstanding: 0, credited: before.credited + before.outstanding });
});

test('partial cancel by amount shows the new outstanding amount first', async ({ page }) => {
  const orderNumber = await openFirst(page, 'activated', 1);
  const before = await stored(page, orderNumber);
  await page.getByRole('button', { name: 'Partial cancel' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: /Amount to credit/ }).fill('0');
  await chooseReason(page, dialog, 'Reason', 'Damaged in transit');
  await dialog.getByRole('button', { name: 'Issue the credit note' }).click();
  await expect(dialog.getByText('Enter an amount above zero.')).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole('textbox', { name: /Amount to credit/ }).fill('10');
  await expect(dialog.getByText(/Credit €10\.00: the new outstanding amount is/)).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Issue the credit note' }).click();
  await expect(page.getByText(`The credit note for order ${orderNumber} is issued.`)).toBeVisible();
  expect(await stored(page, orderNumber)).toMatchObject({ outstanding: before.outstanding - 1000, credited: before.credited + 1000 });
  await expect(page.getByRole('button', { name: /^Download CN-3333-\S+ as PDF in (French|Dutch|German)$/ })).toBeVisible();
});

test('returning lines until none remains credits the shipping fee too', async ({ page }) => {
  const orderNumber = await openFirst(page, 'activated', 2);
  // One unit comes back at a time, until nothing remains on the order.
  for (let pass = 0; pass < 20 && (await page.getByRole('button', { name: 'Partial cancel' }).count()) > 0; pass += 1) {
    await page.getByRole('button', { name: 'Partial cancel' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Returned items').click();
    const lines = dialog.getByRole('group');
    const lastUnit = (await lines.count()) === 1 && (await lines.first().getByText(/^\d+ remaining$/).innerText()) === '1 remaining';
    await lines.first().getByRole('textbox', { name: /^Quantity returned of/ }).fill('1');
    await chooseReason(page, lines.first(), /^Why, if for another reason: /, 'Wrong item delivered');
    await chooseReason(page, dialog, 'Reason', 'Changed mind');
    if (lastUnit) await expect(dialog.getByText(/No item remains/)).toBeVisible();
    await dialog.getByRole('button', { name: 'Issue the credit note' }).click();
    await expect(dialog).toBeHidden();
  }
  await expect(page.getByText(`Order ${orderNumber} is fully credited.`)).toBeVisible();
  const after = await stored(page, orderNumber);
  expect(after).toMatchObject({ status: 'credited', outstanding: 0 });
  expect(after.credited).toBe(after.total);
});

test('two tabs act on one order: the second meets the fresh order, nothing is applied twice', async ({ page, context }) => {
  const orderNumber = await openFirst(page, 'activated', 3);
  const before = await stored(page, orderNumber);
  const second = await context.newPage();
  await second.goto(page.url());
  await expect(second.getByRole('heading', { level: 1, name: `Order ${orderNumber}` })).toBeVisible();
  // Both tabs talk to one database, in one SharedWorker, off their main threads.
  expect((await backendWorkers(page)).map(({ type }) => type)).toEqual(['shared_worker']);

  for (const tab of [page, second]) {
    await tab.getByRole('button', { name: 'Partial cancel' }).click();
    const dialog = tab.getByRole('dialog');
    await dialog.getByRole('textbox', { name: /Amount to credit/ }).fill('4');
    await chooseReason(tab, dialog, 'Reason', 'Damaged in transit');
  }
  await page.getByRole('dialog').getByRole('button', { name: 'Issue the credit note' }).click();
  await expect(page.getByText(`The credit note for order ${orderNumber} is issued.`)).toBeVisible();

  const secondDialog = second.getByRole('dialog');
  // Told by the first tab, the second says at once that the order changed.
  await expect(secondDialog.getByRole('alert')).toHaveText(/^Someone changed this order\. What you read here/);
  await secondDialog.getByRole('button', { name: 'Issue the credit note' }).click();
  await expect(secondDialog.getByRole('alert')).toContainText('Someone changed this order in the meantime');
  await expect(secondDialog.getByRole('textbox', { name: /Amount to credit/ })).toHaveValue('4.00');
  expect((await stored(second, orderNumber)).outstanding).toBe(before.outstanding - 400);
  await expectAccessible(second);

  // The second tab now shows the fresh order; confirming again is a new, deliberate credit.
  await secondDialog.getByRole('button', { name: 'Issue the credit note' }).click();
  await expect(second.getByText(`The credit note for order ${orderNumber} is issued.`)).toBeVisible();
  expect((await stored(second, orderNumber)).outstanding).toBe(before.outstanding - 800);
});

test("a change made in one tab shows in the other tabs' lists without a reload", async ({ page, context }) => {
  await page.goto('/orders?status=created&sort=orderNumber&order=asc');
  await listSettled(page);
  const orderNumber = await orderNumberOf(page, 2).innerText();
  const other = await context.newPage();
  await other.goto(page.url());
  await listSettled(other);
  await expect(other.getByRole('link', { name: orderNumber, exact: true })).toBeVisible();

  await page.getByRole('button', { name: `Activate order ${orderNumber}` }).click();
  await page.getByRole('dialog', { name: `Activate order ${orderNumber}` }).getByRole('button', { name: 'Activate order' }).click();
  await expect(page.getByText(`Order ${orderNumber} is activated; the invoice is issued.`)).toBeVisible();
  // The other tab asks for its list again: the order has left the "created" filter there too.
  await expect(other.getByRole('link', { name: orderNumber, exact: true })).toHaveCount(0);
  await expect(other.getByRole('button', { name: `Activate order ${orderNumber}` })).toHaveCount(0);
});

test('a change survives a reload, and "Reset demo data" restores the seed', async ({ page }) => {
  const orderNumber = await openFirst(page, 'created', 5);
  await page.getByRole('button', { name: 'Cancel order' }).click();
  await chooseReason(page, page.getByRole('dialog'), 'Reason', 'Duplicate order');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel order' }).click();
  await expect(page.getByText(`Order ${orderNumber} is cancelled.`)).toBeVisible();

  await page.reload();
  await expect(page.getByText('This order is cancelled: nothing more can be changed.')).toBeVisible();

  await page.getByRole('button', { name: /User menu for/ }).click();
  await page.getByRole('menuitem', { name: 'Reset demo data' }).click();
  const confirm = page.getByRole('dialog', { name: 'Reset the demo data?' });
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Reset all demo data' }).click();
  await expect(page.getByText('The demo data was restored.')).toBeVisible();
  await expect(page.getByRole('button', { name: /User menu for/ })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Cancel order' })).toBeVisible();
  expect((await stored(page, orderNumber)).status).toBe('created');
});
