import { parse as parseCsv } from 'csv-parse/sync';
import { readFile } from 'node:fs/promises';
import { columnTexts, expect, expectAccessible, listSettled, listTotal, orderRows, signIn, test } from './fixtures';

test('finance reads orders, may export, and is offered statements', async ({ page }) => {
  await signIn(page, 'finance');
  await expect(orderRows(page).first()).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Statements' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Support' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export CSV' })).toBeVisible();
  await page.getByRole('button', { name: /User menu for/ }).click();
  await expect(page.getByText('Role: Finance')).toBeVisible();
  // Opening a menu puts the focus on its first item, and the open menu passes axe too.
  await expect(page.getByRole('menuitem').first()).toBeFocused();
  await expectAccessible(page);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();
  await expect(page.getByRole('button', { name: /User menu for/ })).toBeFocused();
  await expectAccessible(page);
});

test('finance opens "Overdue, with reminders" and works down the orders, each with its dunning state', async ({ page }) => {
  await signIn(page, 'finance');
  await expect(orderRows(page).first()).toBeVisible();
  const views = page.getByRole('navigation', { name: 'Ready-made views' });
  await expect(views.getByRole('link')).toHaveText([/^Overdue, with reminders\d+$/, /^In collection\d+$/, /^Credited this month\d+$/]);
  const overdue = views.getByRole('link', { name: /^Overdue/ });
  const count = Number((await overdue.innerText()).replace(/\D/g, ''));
  await overdue.click();

  await expect(page).toHaveURL(/[?&]paymentState=overdue%2Creminder-1%2Creminder-2(&|$)/);
  await expect(overdue).toHaveAttribute('aria-current', 'true');
  await listSettled(page);
  expect(await listTotal(page)).toBe(count);
  const states = await columnTexts(page, 'Payment state');
  expect(states.length).toBeGreaterThan(0);
  expect(states.every((state) => ['Overdue', 'Reminder 1', 'Reminder 2'].includes(state))).toBe(true);
  expect(new Set(await columnTexts(page, 'Status'))).toEqual(new Set(['Activated']));
  // The longest overdue first.
  await expect(page.getByRole('columnheader', { name: /Due date/ })).toHaveAttribute('aria-sort', 'ascending');
  await expectAccessible(page);

  // The address holds the view: a reload shows it again.
  await page.reload();
  await listSettled(page);
  await expect(page.getByRole('navigation', { name: 'Ready-made views' }).getByRole('link', { name: /^Overdue/ })).toHaveAttribute('aria-current', 'true');
});

test('finance sees an order but no action on it, and is told who may act', async ({ page }) => {
  await signIn(page, 'finance');
  await expect(orderRows(page).first()).toBeVisible();
  await page.goto('/orders?status=created');
  await expect(orderRows(page).first()).toBeVisible();
  await expect(page.getByRole('button', { name: /^Activate order/ })).toHaveCount(0);
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  await orderRows(page).first().getByRole('link').click();
  await expect(page.getByText(/Only an admin of your merchant account can/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Activate', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Cancel order' })).toHaveCount(0);
  await expectAccessible(page);
});

test('finance opens a statement, checks its totals and downloads it as CSV, PDF and camt.053', async ({ page }) => {
  await signIn(page, 'finance');
  await expect(orderRows(page).first()).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Statements' }).click();
  const weeks = page.getByRole('table', { name: 'Weekly statements, newest first' });
  await expect(weeks.locator('tbody tr').first()).toBeVisible();
  await expectAccessible(page);

  // The running week has no statement yet: the list starts with the last week that has ended, its files ready.
  const listed = weeks.locator('tbody tr');
  const newest = await listed.first().getByRole('link').innerText();
  await expect(listed.first().getByRole('button', { name: `Download the statement of ${newest} as CSV` })).toBeVisible();

  // The newest week with movements.
  const counts = await listed.locator('td:nth-child(6)').allTextContents();
  const row = counts.findIndex((count) => count !== '0');
  const week = await listed.nth(row).getByRole('link').innerText();
  await listed.nth(row).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: `Statement ${week}` })).toBeVisible();
  await expectAccessible(page);

  const movements = page.getByRole('table', { name: 'Movements of the week' });
  // The sum's row header counts every movement of the week, on every page of the table.
  const sumLabel = await movements.getByRole('rowheader', { name: /^Sum of (the \d+ movements|1 movement)$/ }).innerText();
  const rows = Number(/\d+/.exec(sumLabel)![0]);
  expect(await movements.locator('tbody tr').count()).toBe(Math.min(rows, 50));
  const footer = await movements.locator('tfoot td').last().innerText();
  const net = await page.getByText('Net payout', { exact: true }).locator('xpath=following-sibling::*[1]').innerText();
  expect(footer).toBe(net);

  const csvPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: `Download the statement of ${week} as CSV` }).click();
  const csv = await csvPromise;
  // Named for the spreadsheet it is, apart from the standard file of the same week.
  expect(csv.suggestedFilename()).toBe(`statement-3333-live-${week}-excel-en-BE.csv`);
  const text = await readFile((await csv.path())!, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  // A spreadsheet (the default kind) of the merchant's region, Belgium: fields split by ";" in English
  // too, and headings in the user's words.
  const [header, ...lines] = parseCsv(text, { bom: true, delimiter: ';' });
  expect(header).toEqual(['Week', 'Date', 'Type', 'Order number', 'Payment reference', 'Description', 'Amount', 'Currency', 'Payout date']);
  expect(lines).toHaveLength(rows);
  expect(lines.every((line) => line[0] === week)).toBe(true);

  const pdfPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: `Download the statement of ${week} as PDF` }).click();
  const pdf = await readFile((await (await pdfPromise).path())!);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.toString('latin1')).toContain(week);

  // The bank-statement file accounting software reads: a booked entry per movement, besides the
  // settlement of the week before (its payout or debit), which the week opens with.
  const camtPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: `Download the statement of ${week} as camt.053 (ISO 20022 XML)` }).click();
  const camt = await camtPromise;
  expect(camt.suggestedFilename()).toBe(`statement-3333-live-${week}.camt053.xml`);
  const xml = await readFile((await camt.path())!, 'utf8');
  expect(xml).toContain('xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"');
  const entries = [...xml.matchAll(/<Ntry><NtryRef>([^<]+)<\/NtryRef>.*?<Sts><Cd>BOOK<\/Cd><\/Sts>/g)].map((entry) => entry[1]!);
  expect(entries.filter((ref) => !/^(PAYOUT|DEBIT)-\d{4}-W\d{2}$/.test(ref))).toHaveLength(rows);
  expect(entries.filter((ref) => /^(PAYOUT|DEBIT)-\d{4}-W\d{2}$/.test(ref)).length).toBeLessThanOrEqual(1);
});

/** The ISO week after `week`, as the API names it (`2026-W53` → `2027-W01`): that of the Thursday a week after its own. */
function weekAfter(week: string): string {
  const [year, number] = week.split('-W').map(Number) as [number, number];
  const day = 86_400_000;
  // 4 January lies in week 1; a week's Thursday names its year.
  const fourth = Date.UTC(year, 0, 4);
  const firstMonday = fourth - ((new Date(fourth).getUTCDay() + 6) % 7) * day;
  const thursday = new Date(firstMonday + (number * 7 + 3) * day);
  const nextYear = thursday.getUTCFullYear();
  return `${nextYear}-W${String(Math.floor((thursday.getTime() - Date.UTC(nextYear, 0, 1)) / (7 * day)) + 1).padStart(2, '0')}`;
}

test('finance opening the running week is told it is still running, when its statement is issued, and led back', async ({ page }) => {
  await signIn(page, 'finance');
  await expect(orderRows(page).first()).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Statements' }).click();
  // The week after the newest listed is the running one, by the backend's own clock.
  const newest = await page.getByRole('table', { name: 'Weekly statements, newest first' }).locator('tbody tr').first().getByRole('link').innerText();
  const running = weekAfter(newest);
  await page.goto(`/statements/${running}`);
  await expect(page.getByRole('heading', { level: 1, name: `Week ${running} is still running` })).toBeVisible();
  await expect(page.getByText(/^This week is not over yet: its statement and its files are issued once it has ended, after Sunday \d{1,2} \w{3} \d{4}\.$/)).toBeVisible();
  await expect(page.getByRole('button', { name: /Download the statement/ })).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Back to the statements' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Weekly statements' })).toBeVisible();
});

test('finance in French takes a statement as a spreadsheet CSV: ";" between fields, decimal commas, and the net adds up', async ({ page }) => {
  await signIn(page, 'finance');
  await expect(orderRows(page).first()).toBeVisible();
  await page.getByRole('button', { name: /Change language/ }).click();
  await page.getByRole('menuitem', { name: 'Français' }).click();
  await page.goto('/statements/2026-W47');
  await expect(page.getByRole('heading', { level: 1, name: 'Relevé 2026-W47' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Tableur' })).toBeChecked();
  await expectAccessible(page);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Télécharger le relevé de 2026-W47 en CSV' }).click();
  const text = await readFile((await (await downloading).path())!, 'utf8');
  const [header, ...rows] = parseCsv(text, { bom: true, delimiter: ';' }) as string[][];
  expect(header).toEqual(['Semaine', 'Date', 'Type', 'Numéro de commande', 'Référence de paiement', 'Description', 'Montant', 'Devise', 'Date de versement']);
  const cents = rows.reduce((sum, row) => sum + Math.round(Number(row[6]!.replace(',', '.')) * 100), 0);
  const net = await page.evaluate(async () => {
    const response = await fetch('/api/statements/2026-W47', {
      headers: { Authorization: `Bearer ${localStorage.getItem('comptoir.session-token')}`, 'Comptoir-Mode': sessionStorage.getItem('comptoir.data-mode') ?? 'live' },
    });
    return ((await response.json()) as { net: number }).net;
  });
  expect(cents).toBe(net);
  // The values read in French too, and so does the PDF for the records.
  expect(rows.map((row) => row[2])).toContain('Frais du prestataire');
  const pdfDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Télécharger le relevé de 2026-W47 en PDF' }).click();
  const pdf = (await readFile((await (await pdfDownload).path())!)).toString('latin1');
  expect(pdf).toContain('Relevé hebdomadaire');
  expect(pdf).toContain('(Versement net)');
});

test('finance reads the billing details and the payout account in the settings, and may change neither', async ({ page }) => {
  await signIn(page, 'finance');
  await expect(orderRows(page).first()).toBeVisible();
  await page.getByRole('button', { name: /User menu for/ }).click();
  await page.getByRole('menuitem', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Billing details' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Settings' }).getByRole('link')).toHaveText(['Billing details', 'Payout account']);
  await expect(page.getByText('BE0123456749')).toBeVisible();
  await expect(page.getByText('Only an admin of your merchant account can change the billing details.')).toBeVisible();
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Save billing details' })).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Payout account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Payout account' })).toBeVisible();
  await expect(page.getByText('Only an admin of your merchant account can change the payout account.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'History' })).toBeVisible();
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expectAccessible(page);

  await page.goto('/settings/credentials');
  await expect(page.getByText('API keys and the security check are for admins.', { exact: false })).toBeVisible();
  await expectAccessible(page);
});

test("the statements list shows each week's three downloads whole at 1280 and 1440 px, in every language", async ({ page }) => {
  await signIn(page, 'finance');
  await expect(orderRows(page).first()).toBeVisible();
  for (const width of [1280, 1440]) {
    await page.setViewportSize({ width, height: 900 });
    for (const language of ['en', 'fr', 'nl', 'de']) {
      await page.evaluate((code) => localStorage.setItem('comptoir.language', code), language);
      await page.goto('/statements');
      const camt053 = page.locator('table button[aria-label*="camt.053"]');
      await expect(camt053.first()).toBeVisible();
      // The table sits whole in its scrolling box: nothing of it is hidden behind a sideways scroll.
      const box = page.locator('[role="region"]:has(table)');
      expect(await box.evaluate((element) => element.scrollWidth - element.clientWidth), `${language} at ${width} px`).toBeLessThanOrEqual(0);
      const right = (await box.boundingBox())!;
      for (const button of await page.locator('table button').all()) {
        const edge = (await button.boundingBox())!;
        expect(edge.x + edge.width, `${language} at ${width} px`).toBeLessThanOrEqual(right.x + right.width);
      }
    }
  }
});

test('at 1024 px the statements list and a statement show every column without a sideways scroll, in every language', async ({ page }) => {
  await signIn(page, 'finance');
  await expect(orderRows(page).first()).toBeVisible();
  // A laptop's, or a tablet's held sideways: the navigation beside the page leaves the table 738 px.
  await page.setViewportSize({ width: 1024, height: 768 });
  for (const language of ['en', 'fr', 'nl', 'de']) {
    await page.evaluate((code) => localStorage.setItem('comptoir.language', code), language);
    for (const path of ['/statements', '/statements/2026-W47']) {
      const where = `${path} in ${language} at 1024 px`;
      await page.goto(path);
      const box = page.getByRole('main').locator('[role="region"]:has(table)');
      await expect(box.locator('tbody tr').first(), where).toBeVisible();
      expect(await box.evaluate((element) => element.scrollWidth - element.clientWidth), where).toBeLessThanOrEqual(0);
      const edge = (await box.boundingBox())!;
      const headers = box.locator('thead th');
      expect(await headers.count(), where).toBeGreaterThanOrEqual(4);
      for (const header of await headers.all()) {
        await expect(header, where).toBeVisible();
        const cell = (await header.boundingBox())!;
        expect(cell.x, where).toBeGreaterThanOrEqual(edge.x);
        expect(cell.x + cell.width, where).toBeLessThanOrEqual(edge.x + edge.width);
      }
      await expectAccessible(page);
    }
  }
});
