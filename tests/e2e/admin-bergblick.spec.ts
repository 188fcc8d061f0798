import { readFile } from 'node:fs/promises';
import { expect, expectAccessible, orderRows, signIn, test } from './fixtures';

// Bergblick AG is a Swiss merchant: its money is in francs, written the Swiss way in every language.

test('a Swiss admin reads francs the Swiss way, in English and in German, on screen and on the invoice', async ({ page }) => {
  await signIn(page, 'bergblick');
  await expect(orderRows(page).first()).toBeVisible();
  await page.goto('/orders?status=paid&sort=total&order=desc');
  // The largest totals have thousands: Switzerland groups them with an apostrophe.
  // (typographic or plain, as the browser's locale data has it).
  const swissFrancs = /^CHF\s\d{1,3}([’']\d{3})+\.\d{2}$/;
  await expect(page.getByText(swissFrancs).first()).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: /Change language/ }).click();
  await page.getByRole('menuitem', { name: 'Deutsch' }).click();
  await expect(page.getByRole('columnheader', { name: /Gesamt/ })).toBeVisible();
  await expect(page.getByText(swissFrancs).first()).toBeVisible();

  await page.locator('tbody tr a').first().click();
  const invoice = page.getByRole('button', { name: /^INV-4711-\d+ als PDF auf Deutsch herunterladen$/ });
  const downloading = page.waitForEvent('download');
  await invoice.click();
  // In francs, in the shopper's German, with the provider's account to pay to.
  const text = (await readFile((await (await downloading).path())!)).toString('latin1');
  expect(text).toContain('Rechnung');
  expect(text).toContain('MwSt.-Übersicht');
  expect(text).toMatch(/IBAN: [A-Z]{2}\d{2}/);
  // As the shopper's region writes francs: "CHF 1'045.00" in Switzerland, "1.045,00 CHF" in Germany.
  expect(text).toMatch(/\((CHF[ -]*[\d\x92'.,]+|-?[\d. ]+,\d{2} CHF)\) Tj/);
});
