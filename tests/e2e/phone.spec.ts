import { expect, expectAccessible, expectNoSidewaysScroll, signIn, test } from './fixtures';

test.use({ viewport: { width: 390, height: 844 } });

const words = {
  en: { orders: 'Orders matching the filters', columns: 'Columns', filters: 'Filters', status: 'Status', statements: 'Weekly statements, newest first', net: 'Net payout', movements: 'Movements of the week', lines: 'Line items' },
  fr: { orders: 'Commandes correspondant aux filtres', columns: 'Colonnes', filters: 'Filtres', status: 'Statut', statements: 'Relevés hebdomadaires, du plus récent au plus ancien', net: 'Versement net', movements: 'Mouvements de la semaine', lines: 'Articles' },
} as const;

/** Once signed in, the app in the language asked for. */
async function speak(page: Parameters<typeof signIn>[0], language: keyof typeof words) {
  await expect(page.getByRole('button', { name: /User menu for/ })).toBeVisible();
  await page.evaluate((code) => localStorage.setItem('comptoir.language', code), language);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

for (const language of ['en', 'fr'] as const) {
  const say = words[language];

  test(`on a phone in ${language}, the orders list is one card per order, its filters folded, and an order fits the screen`, async ({ page }) => {
    await signIn(page, 'admin');
    await speak(page, language);
    const cards = page.getByRole('list', { name: say.orders }).getByRole('listitem');
    await expect(cards.first()).toBeVisible();
    await expect(page.getByRole('table', { name: say.orders })).toHaveCount(0);
    // Cards have no columns to choose.
    await expect(page.getByRole('button', { name: say.columns })).toHaveCount(0);
    const first = cards.first();
    await expect(first.getByRole('link', { name: /^\d+$/ })).toBeVisible();
    await expect(first.getByText(/€/)).toBeVisible();
    await expect(page.getByRole('combobox', { name: say.status, exact: true })).toHaveCount(0);
    await expectNoSidewaysScroll(page);
    await expectAccessible(page);

    const toggle = page.getByRole('button', { name: new RegExp(`${say.filters}$`) });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('combobox', { name: say.status, exact: true })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectAccessible(page);

    const orderNumber = await first.getByRole('link').innerText();
    await first.getByRole('link').click();
    await expect(page).toHaveURL(`/orders/${orderNumber}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(orderNumber);
    // Its lines are cards too, every figure in sight.
    await expect(page.getByRole('list', { name: say.lines }).getByRole('listitem').first()).toBeVisible();
    await expect(page.getByRole('table', { name: say.lines })).toHaveCount(0);
    await expectNoSidewaysScroll(page);
    await expectAccessible(page);
  });

  test(`on a phone in ${language}, the statements and a statement are cards that fit the screen, the net payout in sight`, async ({ page }) => {
    await signIn(page, 'finance');
    await speak(page, language);
    await page.goto('/statements');
    const weeks = page.getByRole('list', { name: say.statements }).getByRole('listitem');
    await expect(weeks.first()).toBeVisible();
    await expect(page.getByRole('table', { name: say.statements })).toHaveCount(0);
    await expect(weeks.first().getByText(say.net, { exact: true })).toBeInViewport();
    await expectNoSidewaysScroll(page);
    await expectAccessible(page);

    await weeks.first().getByRole('link', { name: /^\d{4}-W\d{2}$/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('list', { name: say.movements }).getByRole('listitem').first()).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
    await expectNoSidewaysScroll(page);
    await expectAccessible(page);
  });
}

test('on a phone, an admin selects created orders on their cards and activates them together, the buttons in sight while the list scrolls', async ({ page }) => {
  await signIn(page, 'admin');
  await expect(page.getByRole('list', { name: words.en.orders }).getByRole('listitem').first()).toBeVisible();
  await page.goto('/orders?status=created&sort=orderNumber&order=asc');
  const boxes = page.getByRole('checkbox', { name: /^Select order \d+$/ });
  await boxes.nth(0).check();
  await boxes.nth(4).check();
  await expect(page.getByText('2 orders selected')).toBeVisible();
  const activate = page.getByRole('button', { name: 'Activate selected (2)' });
  await page.mouse.wheel(0, 2000);
  await expect(activate).toBeInViewport();
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);

  await activate.click();
  const dialog = page.getByRole('dialog', { name: 'Activate 2 orders' });
  await dialog.getByRole('button', { name: 'Activate 2 orders' }).click();
  await expect(dialog.getByText('2 of 2 orders activated.')).toBeVisible();
});

/** Whether every label part inside `element` shows its whole text, none of it cut off at its edge. */
const labelsWhole = (element: Element) => [...element.querySelectorAll('[class*="-label"]')].every((label) => label.scrollWidth <= label.clientWidth);

test('on a phone, the next page of orders is read from its top, not from the pager at the foot of the last one', async ({ page }) => {
  await signIn(page, 'admin');
  const cards = page.getByRole('list', { name: words.en.orders }).getByRole('listitem');
  const firstNumber = cards.first().getByRole('link', { name: /^\d+$/ });
  const onPageOne = await firstNumber.innerText();
  // The pager comes into view as a thumb scrolls down to it, past every card of the page.
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/[?&]page=2/);
  await expect(firstNumber).not.toHaveText(onPageOne);
  await expect(cards.first()).toBeInViewport();
  await expect(page.getByRole('button', { name: 'Next page' })).not.toBeInViewport();
});

test('on a phone, the test data banner says so in one line, leaving the screen to the orders', async ({ page }) => {
  await signIn(page, 'admin');
  await page.getByText('Test', { exact: true }).click();
  const banner = page.getByRole('status').filter({ hasText: 'Test data' });
  await expect(banner.getByText('Test data: nothing here is real.')).toBeVisible();
  await expect(banner.getByText(/you are looking at test orders/)).toBeHidden();
  // One line of text and its stripes' padding.
  expect((await banner.boundingBox())!.height).toBeLessThan(40);
  await expectAccessible(page);
});

test('on a phone, labels longer than a line wrap rather than being cut: French save buttons, the Dutch choice of a partial cancel', async ({ page }) => {
  await signIn(page, 'admin');
  await speak(page, 'fr');
  for (const [path, name] of [
    ['/settings/billing-details', 'Enregistrer les données de facturation'],
    ['/settings/payout-account', 'Enregistrer le compte de versement'],
  ]) {
    await page.goto(path);
    const save = page.getByRole('button', { name });
    await expect(save).toBeVisible();
    expect(await save.evaluate(labelsWhole)).toBe(true);
  }

  await page.evaluate(() => localStorage.setItem('comptoir.language', 'nl'));
  await page.goto('/orders?status=activated');
  await page.getByRole('list', { name: 'Bestellingen die aan de filters voldoen' }).getByRole('link').first().click();
  await page.getByRole('button', { name: 'Gedeeltelijk annuleren' }).click();
  const choice = page.getByRole('dialog').getByRole('radiogroup');
  await expect(choice.getByText('Geretourneerde artikelen')).toBeVisible();
  expect(await choice.evaluate(labelsWhole)).toBe(true);
  await expectAccessible(page);
});

test("on a phone, a page's title of one long Dutch word stays whole on one line", async ({ page }) => {
  await signIn(page, 'admin');
  await expect(page.getByRole('button', { name: /User menu for/ })).toBeVisible();
  await page.evaluate(() => localStorage.setItem('comptoir.language', 'nl'));
  for (const [path, title] of [
    ['/settings/payout-account', 'Uitbetalingsrekening'],
    ['/settings/credentials', 'Toegangsgegevens'],
  ]) {
    await page.goto(path);
    const heading = page.getByRole('heading', { level: 1, name: title });
    await expect(heading).toBeVisible();
    // One line: no taller than its line height.
    expect(await heading.evaluate((element) => element.getBoundingClientRect().height <= Number.parseFloat(getComputedStyle(element).lineHeight) * 1.2)).toBe(true);
  }
});

test.describe('at 320 px, the narrowest width WCAG asks for', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the header keeps every control whole and apart, and a statement does not scroll sideways', async ({ page }) => {
    // A merchant still on test data has one control more: why live data is not there yet.
    await signIn(page, 'bergblick');
    await expect(page.getByRole('button', { name: /User menu for/ })).toBeVisible();
    const controls = await page
      .getByRole('banner')
      .getByRole('button')
      .evaluateAll((buttons) => buttons.map((button) => button.getBoundingClientRect()).map(({ left, right }) => ({ left, right })));
    for (const [index, control] of controls.entries()) {
      expect(control.right).toBeLessThanOrEqual(320);
      if (index > 0) expect(control.left).toBeGreaterThanOrEqual(controls[index - 1]!.right);
    }
    await expectNoSidewaysScroll(page);
    await expectAccessible(page);

    await page.goto('/statements/2026-W47');
    await expect(page.getByRole('heading', { level: 1, name: 'Statement 2026-W47' })).toBeVisible();
    await expectNoSidewaysScroll(page);
  });
});
