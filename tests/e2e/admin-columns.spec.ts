import type { Page } from '@playwright/test';
import { expect, expectAccessible, expectNoSidewaysScroll, listSettled, orderRows, signIn, test } from './fixtures';

/** The list's header names, in the order they show, without their sort states. */
async function headerNames(page: Page): Promise<string[]> {
  const texts = await page.getByRole('table', { name: 'Orders matching the filters' }).locator('thead th').allTextContents();
  return texts.map((text) => text.replace(/\(sort.*\)$/, ''));
}

test('an admin hides, moves and sizes the columns of the list, and finds them so after a reload', async ({ page }) => {
  await signIn(page, 'admin');
  await expect(orderRows(page).first()).toBeVisible();
  const defaults = await headerNames(page);
  expect(defaults.indexOf('Customer')).toBe(defaults.indexOf('Order date') + 1);

  await page.getByRole('button', { name: 'Columns' }).click();
  const panel = page.getByRole('dialog', { name: 'Columns' });
  await expect(panel.getByRole('checkbox', { name: /Order number/ })).toBeDisabled();
  await expectAccessible(page);
  await panel.getByRole('checkbox', { name: 'Country' }).click();
  await panel.getByRole('button', { name: 'Move Customer left' }).press('Enter');
  await expect(panel.getByRole('button', { name: 'Move Customer left' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(page.getByRole('button', { name: 'Columns' })).toBeFocused();

  // The header's edge, reached with the keyboard, widens the column by steps.
  const handle = page.getByRole('separator', { name: 'Resize Customer' });
  await handle.focus();
  const start = Number(await handle.getAttribute('aria-valuenow'));
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(handle).toHaveAttribute('aria-valuenow', String(start + 20));
  const header = page.getByRole('columnheader', { name: /^Customer/ });
  await expect.poll(async () => Math.abs((await header.boundingBox())!.width - (start + 20))).toBeLessThanOrEqual(1);

  const laidOut = await headerNames(page);
  expect(laidOut).not.toContain('Country');
  expect(laidOut.indexOf('Customer')).toBe(defaults.indexOf('Order date'));
  await expectAccessible(page);

  await page.reload();
  await listSettled(page);
  expect(await headerNames(page)).toEqual(laidOut);
  await expect(page.getByRole('separator', { name: 'Resize Customer' })).toHaveAttribute('aria-valuenow', String(start + 20));
  // Sorting by a moved column still works.
  await page.getByRole('button', { name: /^Customer/ }).click();
  await expect(page).toHaveURL(/sort=customerName/);
  await expect(page.getByRole('columnheader', { name: /^Customer/ })).toHaveAttribute('aria-sort', /ascending|descending/);
  await expectAccessible(page);
});

test("the list starts with the order's details hidden, and its badges read whole", async ({ page }) => {
  await signIn(page, 'admin');
  await listSettled(page);
  const shown = await headerNames(page);
  expect(shown).toEqual(expect.arrayContaining(['Total', 'Status', 'Expires in', 'Actions', 'Due date', 'Country']));
  for (const detail of ['Your reference', 'Payment method', 'Shipping', 'Completeness']) expect(shown).not.toContain(detail);

  // Mantine's badge labels end in an ellipsis when they overflow ("EXPIRES T…"); in the built styles
  // the app's rule that shows them whole must win.
  const { labels, cut } = await orderRows(page)
    .locator('span')
    .evaluateAll((spans) => {
      // A badge's label (its root carries the variant); a reason beside a status is cut short on purpose.
      const labels = spans.filter((span) => span.parentElement?.hasAttribute('data-variant') && getComputedStyle(span).textOverflow === 'ellipsis');
      return { labels: labels.length, cut: labels.filter((span) => span.scrollWidth > span.clientWidth + 1).map((span) => span.textContent) };
    });
  expect(labels).toBeGreaterThan(0);
  expect(cut).toEqual([]);
  await expectAccessible(page);
});

test("at 1440 px and on a 1280 px laptop a row's action is in sight without scrolling, in every language", async ({ page }) => {
  await signIn(page, 'admin');
  await listSettled(page);
  // How each language names the first created order's button.
  const activateLabels = { en: /^Activate order \d+$/, fr: /^Activer la commande \d+$/, nl: /^Bestelling \d+ activeren$/, de: /^Bestellung \d+ aktivieren$/ };
  for (const width of [1440, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const [language, label] of Object.entries(activateLabels)) {
      await page.evaluate((code) => localStorage.setItem('comptoir.language', code), language);
      await page.reload();
      await expect(page.getByRole('button', { name: label }).first()).toBeInViewport({ ratio: 1 });
    }
  }
  // At 1280 px the columns after it lie past the edge: the button waits there for them, and still acts.
  await expect(page.getByRole('region', { name: 'Bestellungen, die den Filtern entsprechen' }).locator('xpath=..')).toHaveAttribute('data-hidden-end');
  await page.getByRole('button', { name: activateLabels.de }).first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
});

test('on a laptop the list says when columns lie past its edge, and the keyboard scrolls to them', async ({ page }) => {
  // The default columns take some 1,800 px: a screen this wide shows them all.
  await page.setViewportSize({ width: 2200, height: 1080 });
  await signIn(page, 'admin');
  await expect(orderRows(page).first()).toBeVisible();
  const box = page.getByRole('region', { name: 'Orders matching the filters' });
  const frame = box.locator('xpath=..');
  // Wide enough for every column: no shadow, and no Tab stop on the box.
  await expect(frame).not.toHaveAttribute('data-hidden-end');
  await expect(box).not.toHaveAttribute('tabindex');

  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(frame).toHaveAttribute('data-hidden-end');
  await expect(page.getByRole('columnheader', { name: /^Status/ })).toBeInViewport();
  await expect(box.locator('thead th').last()).not.toBeInViewport();
  await expect(frame).not.toHaveAttribute('data-hidden-start');
  await expectAccessible(page);
  await box.focus();
  // The arrow keys scroll the box that has the focus, a step each.
  for (let step = 0; step < 25; step++) await page.keyboard.press('ArrowRight');
  await expect(frame).toHaveAttribute('data-hidden-start');
  await expect(frame).not.toHaveAttribute('data-hidden-end');
  await expect(box.locator('thead th').last()).toBeInViewport();
});

test("an order's line items say when a column lies past their edge", async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await signIn(page, 'admin');
  await expect(orderRows(page).first()).toBeVisible();
  await orderRows(page).first().getByRole('link').first().click();
  const box = page.getByRole('region', { name: 'Line items' });
  const frame = box.locator('xpath=..');
  await expect(box.getByRole('table', { name: 'Line items' })).toBeVisible();
  await expect(frame).not.toHaveAttribute('data-hidden-end');
  // Narrower: the last column lies past the edge, and the shadow says so.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(frame).toHaveAttribute('data-hidden-end');
  await expect(box).toHaveAttribute('tabindex', '0');
  await expectAccessible(page);
});

test('with text at 200 %, three payment states wrap inside their filter rather than push the page sideways', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, 'admin', '/orders?paymentState=overdue,reminder-1,reminder-2');
  await expect(orderRows(page).first()).toBeVisible();
  await page.addStyleTag({ content: 'html { font-size: 200%; }' });
  const field = page.getByRole('textbox', { name: 'Payment state' }).or(page.getByRole('combobox', { name: 'Payment state' })).first();
  await expect(field).toBeVisible();
  await expectNoSidewaysScroll(page);
});
