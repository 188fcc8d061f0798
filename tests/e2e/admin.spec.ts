import { parse as parseCsv } from 'csv-parse/sync';
import { readFile } from 'node:fs/promises';
import {
  columnTexts,
  expect,
  expectAccessible,
  expectNoSidewaysScroll,
  listSettled,
  listTotal,
  openMoreFilters,
  orderNumberOf,
  orderRows,
  rowsInView,
  signIn,
  test,
} from './fixtures';

test.beforeEach(async ({ page }) => {
  await signIn(page, 'admin');
  await expect(orderRows(page).first()).toBeVisible();
});

test('an admin sees the shell, every section and the export', async ({ page }) => {
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Orders' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Statements' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Support' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Settings' })).toBeVisible();
  await expect(page.getByText('Atelier Lumière')).toBeVisible();
  await expect(page.getByText('Merchant 3333')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export CSV' })).toBeVisible();
  await expectAccessible(page);
});

test('filters, sort and page live in the URL and survive reload and back / forward', async ({ page }) => {
  await page.getByRole('combobox', { name: 'Status', exact: true }).click();
  await page.getByRole('option', { name: 'Activated' }).click();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/status=activated/);
  await page.getByRole('button', { name: /^Total/ }).click();
  // Each change keeps the ones before it, however soon after them it comes.
  await expect(page).toHaveURL((url) => url.searchParams.get('status') === 'activated' && url.searchParams.get('sort') === 'total');
  await expect(page.getByRole('columnheader', { name: /Total/ })).toHaveAttribute('aria-sort', 'descending');
  await page.getByRole('button', { name: 'Page 2', exact: true }).click();
  await expect(page).toHaveURL((url) => url.searchParams.get('status') === 'activated' && url.searchParams.get('page') === '2');
  await expect(page.getByText(/^26–50 of/)).toBeVisible();
  await listSettled(page);
  const firstOnPage2 = await orderNumberOf(page, 0).innerText();

  await page.reload();
  await expect(page.getByText(/^26–50 of/)).toBeVisible();
  await expect(orderNumberOf(page, 0)).toHaveText(firstOnPage2);
  await expect(page.getByRole('button', { name: 'Page 2', exact: true })).toHaveAttribute('data-active', 'true');
  await expect(page.getByRole('columnheader', { name: /Total/ })).toHaveAttribute('aria-sort', 'descending');
  const statuses = await columnTexts(page, 'Status');
  expect(new Set(statuses)).toEqual(new Set(['Activated']));

  await page.goBack();
  await expect(page).not.toHaveURL(/page=2/);
  await page.goForward();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByText(/^26–50 of/)).toBeVisible();
  await expect(orderNumberOf(page, 0)).toHaveText(firstOnPage2);
  await expectAccessible(page);

  // A new page size starts again at the first page, and stays in the URL too.
  await page.getByRole('combobox', { name: 'Rows per page' }).click();
  await page.getByRole('option', { name: '50' }).click();
  await expect(page).toHaveURL(/pageSize=50/);
  await expect(page.getByText(/^1–50 of/)).toBeVisible();
  await page.reload();
  await expect(page.getByText(/^1–50 of/)).toBeVisible();
});

test('at 1440×900 the list shows fifteen orders or more at once; the other filters open under "More filters" and show as chips', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/orders');
  await listSettled(page);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  expect(await rowsInView(page)).toBeGreaterThanOrEqual(15);
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);

  await openMoreFilters(page);
  await page.getByRole('combobox', { name: 'Country' }).click();
  await page.getByRole('option', { name: 'Belgium' }).click();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/country=BE/);
  const chip = page.getByRole('button', { name: 'Remove filter Country: Belgium' });
  await expect(chip).toBeVisible();
  await listSettled(page);
  expect(new Set(await columnTexts(page, 'Country'))).toEqual(new Set(['BE']));
  await expectAccessible(page);
  await chip.click();
  await expect(page).not.toHaveURL(/country=/);
  await expect(chip).toHaveCount(0);

  // The rows tighten or loosen as chosen, and stay so after a reload.
  await page.getByText('Comfortable', { exact: true }).click();
  await page.reload();
  await listSettled(page);
  await expect(page.getByRole('radio', { name: 'Comfortable' })).toBeChecked();
});

test('a pasted payment reference finds its order, and the row opens it', async ({ page }) => {
  await page.goto('/orders?page=7');
  await listSettled(page);
  const reference = (await columnTexts(page, 'Payment reference'))[3]!;
  const orderNumber = reference.slice(2, reference.indexOf('/'));
  await page.getByRole('textbox', { name: 'Search' }).fill(reference);
  await expect(orderRows(page)).toHaveCount(1);
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(reference).replace('%2F', '(%2F|/)')}`));
  await orderRows(page).first().getByText(/^BP/).click();
  await expect(page).toHaveURL(`/orders/${orderNumber}`);
  await expect(page.getByRole('heading', { name: `Order ${orderNumber}` })).toBeVisible();
  await expect(page.getByText(reference)).toBeVisible();
  await expectAccessible(page);
});

test('no order matches: the empty state offers to clear the filters', async ({ page }) => {
  await page.getByRole('textbox', { name: 'Search' }).fill('no such customer anywhere');
  await expect(page.getByRole('heading', { name: 'No order matches' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Clear filters' }).last().click();
  await expect(orderRows(page).first()).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Search' })).toHaveValue('');
});

test('a date range that runs backwards is pointed out next to the dates, not as a broken list', async ({ page }) => {
  await page.goto('/orders?from=2026-11-10&to=2026-11-01');
  await expect(page.getByText('The start date is after the end date.')).toBeVisible();
  await expect(page.getByText(/Something went wrong/)).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(orderRows(page).first()).toBeVisible();
  await expect(page).not.toHaveURL(/from=/);
});

test('test and live data never mix', async ({ page }) => {
  await listSettled(page);
  const liveNumber = await orderNumberOf(page, 0).innerText();
  const liveTotal = await listTotal(page);
  await page.getByText('Test', { exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Test data' })).toBeVisible();
  await listSettled(page);
  const testNumber = await orderNumberOf(page, 0).innerText();
  expect(testNumber).not.toBe(liveNumber);
  await page.getByRole('textbox', { name: 'Search' }).fill(liveNumber);
  await expect(page.getByRole('heading', { name: 'No order matches' })).toBeVisible();
  await page.goto(`/orders/${liveNumber}`);
  await expect(page.getByRole('heading', { name: `No order ${liveNumber} in your test data` })).toBeVisible();
  await expect(page.getByText('It is in your live data: test and live orders are kept apart.')).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Open it in live data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^Order ${liveNumber}`) })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Test data' })).toHaveCount(0);
  await page.goto('/orders');
  expect(await listTotal(page)).toBe(liveTotal);
});

test('the CSV export holds exactly the filtered orders, every page of them', async ({ page }) => {
  await page.goto('/orders?status=created,activated&country=BE,DE&pageSize=10');
  await expect(orderRows(page).first()).toBeVisible();
  const total = await listTotal(page);
  expect(total).toBeGreaterThan(10);

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^orders-live-.*\.csv$/);
  // A spreadsheet (the default kind) of the merchant's region, Belgium: fields split by ";" in English too.
  const rows = parseCsv<Record<string, string>>(await readFile((await download.path())!, 'utf8'), { bom: true, columns: true, delimiter: ';' });
  expect(rows).toHaveLength(total);
  // It reads in the user's words, its headings too.
  for (const row of rows) {
    expect(['Created', 'Activated']).toContain(row.Status);
    expect(['BE', 'DE']).toContain(row.Country);
  }
});

test('the API reference reads the contract the app runs on, and downloads it', async ({ page }) => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'API reference' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'API reference' })).toBeVisible();
  const orders = page.getByRole('region', { name: 'Orders' });
  const reductions = orders.getByRole('button', { name: /POST\s*\/orders\/\{orderNumber\}\/reductions/ });
  await reductions.click();
  await expect(reductions).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByLabel('Example request body').filter({ visible: true })).toContainText('"amount": 1250');
  await expectAccessible(page);

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download openapi.json' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('openapi.json');
  const document = JSON.parse(await readFile((await download.path())!, 'utf8')) as { openapi: string; paths: Record<string, unknown> };
  expect(document.openapi).toBe('3.1.0');
  expect(Object.keys(document.paths)).toContain('/orders/{orderNumber}/reductions');
});

test('an API address opened in a tab is answered by the embedded backend, as a server would answer it', async ({ page, context }) => {
  // The service worker that answers what the browser asks for by itself starts once the first page
  // is on screen and the page is idle.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const tab = await context.newPage();
  const contract = await tab.goto('/api/openapi.json');
  expect(contract?.status()).toBe(200);
  expect(JSON.parse(await tab.locator('body').innerText())).toMatchObject({ openapi: '3.1.0' });
  // A tab sends no bearer token: the orders are not given away.
  const orders = await tab.goto('/api/orders');
  expect(orders?.status()).toBe(401);
  expect(orders?.headers()['content-type']).toContain('application/problem+json');
  // Reloaded, the address is answered again.
  expect((await tab.reload())?.status()).toBe(401);
  await tab.close();
});

test('typing on right after clearing the search keeps every letter', async ({ page }) => {
  const search = page.getByRole('textbox', { name: 'Search' });
  await search.fill('dubois');
  await expect(page).toHaveURL(/q=dubois/);
  await listSettled(page);
  // Clearing sends an empty query after a pause; whenever it arrives, it must not wipe what is
  // typed since (the unit test of followUrlQuery pins the case where it arrives mid-typing).
  await search.press('ControlOrMeta+a');
  await search.press('Backspace');
  await search.pressSequentially('maes');
  await expect(search).toHaveValue('maes');
  await expect(page).toHaveURL(/q=maes/);
  await expect(search).toHaveValue('maes');
});
