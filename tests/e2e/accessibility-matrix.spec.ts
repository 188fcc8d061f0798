import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { accessibilityViolations, accounts, colourRules, expect, password, signIn, test, transitionsEnded } from './fixtures';

// Every page state, in every language, wide and on a phone, light and dark: no axe violation, and
// on the phone nothing scrolls sideways. Each state is loaded once and looked at in the four ways.

const languages = ['en', 'fr', 'nl', 'de'] as const;
type Language = (typeof languages)[number];

const sizes = [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
] as const;
const schemes = ['light', 'dark'] as const;

/** A string of a catalogue, e.g. say('fr', 'features/orders', 'filters.more'). */
function catalogueOf(language: Language, folder: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(import.meta.dirname, '../../src', folder, 'i18n', `${language}.json`), 'utf8')) as Record<string, unknown>;
}
function say(language: Language, folder: string, key: string): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogueOf(language, folder));
  if (typeof value !== 'string') throw new Error(`no string ${folder} ${key} in ${language}`);
  return value;
}
/** A catalogue string with placeholders, as a regular expression's source matching it filled in. */
function pattern(text: string): string {
  return text
    .split(/\{\{\w+\}\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
}

/**
 * Goes to a page of the app without loading it again, as a link would, and waits for the page's
 * title (a catalogue string): the new page is on screen, not the one before it while its code loads.
 */
async function visit(page: Page, path: string, title: string) {
  await page.evaluate((to) => {
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await expect(page).toHaveTitle(new RegExp(`^${pattern(title)} · `));
}

/** Nothing on the page is still loading. */
async function settled(page: Page) {
  await expect(page.locator('[aria-busy="true"], .mantine-Loader-root')).toHaveCount(0);
}

/**
 * Looks at the page state now on screen at both sizes, light and dark: `ready` is what shows once
 * the layout of that size has been drawn. The dark page is the light one's DOM in other colours:
 * there axe checks the rules that read colours, every rule having run on the light page.
 */
async function checkEveryWay(page: Page, language: Language, state: string, ready: () => Locator) {
  for (const size of sizes) {
    await page.setViewportSize(size);
    for (const colorScheme of schemes) {
      const where = `${state} in ${language} at ${size.width}×${size.height}, ${colorScheme}`;
      await page.emulateMedia({ colorScheme });
      await expect(page.locator('html'), where).toHaveAttribute('data-mantine-color-scheme', colorScheme);
      await expect(ready().first(), where).toBeVisible();
      await settled(page);
      if (size.width === 390) {
        await expect.configure({ soft: true })
          .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), { message: `${where}: the page scrolls sideways by` })
          .toBe(0);
      }
      expect.soft(await accessibilityViolations(page, colorScheme === 'dark' ? colourRules : undefined), where).toEqual([]);
    }
  }
  await page.setViewportSize(sizes[0]);
  await transitionsEnded(page);
}

test.use({ trace: { mode: 'retain-on-failure', snapshots: false, screenshots: false } });

test('the support agent\'s orders and the finance team\'s statements: wide and phone, light and dark, accessible and no wider than the screen', async ({ page }) => {
  const main = page.getByRole('main');
  await signIn(page, 'support');
  await checkEveryWay(page, 'en', 'orders list of support', () => main.getByRole('link', { name: /^\d{7}$/ }));

  await page.getByRole('button', { name: /User menu for/ }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await signIn(page, 'finance', '/sign-in?next=%2Fstatements');
  await checkEveryWay(page, 'en', 'statements of finance', () => main.getByRole('link', { name: /^\d{4}-W\d{2}$/ }));
});

/** Signs the admin in through the form of the page's language, then lands on `next`. */
async function signInAsAdmin(page: Page, next: string) {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.locator('input[type="email"]').fill(accounts.admin);
  await page.locator('input[type="password"]').fill(password);
  await page.locator('form button[type="submit"]').click();
}

// Each language's pages in four tests rather than one: on a slow browser the whole tour came within
// seconds of its time limit.
for (const language of languages) {
  const orders = (key: string) => say(language, 'features/orders', key);
  const shell = (key: string) => say(language, 'app', key);
  const support = (key: string) => say(language, 'features/support', key);
  const statements = (key: string) => say(language, 'features/statements', key);

  test.describe(`every page in ${language}: wide and phone, light and dark, accessible and no wider than the screen`, () => {
    test.beforeEach(async ({ page }) => {
      await page.addInitScript((code) => localStorage.setItem('comptoir.language', code), language);
    });

    test('sign-in, the orders list, an order and its activation', async ({ page }) => {
      const main = page.getByRole('main');
      const dialog = page.getByRole('dialog');

      await page.goto('/sign-in');
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await checkEveryWay(page, language, 'sign-in', () => page.getByRole('heading', { level: 1 }));
      await page.locator('input[type="email"]').fill(accounts.admin);
      await page.locator('input[type="password"]').fill(password);
      await page.locator('form button[type="submit"]').click();

      // An order number links to its order, in the table and in the phone's cards.
      const orderLinks = main.getByRole('link', { name: /^\d{7}$/ });
      await expect(orderLinks.first()).toBeVisible();
      await checkEveryWay(page, language, 'orders list', () => orderLinks);

      await page.getByRole('button', { name: orders('filters.more'), exact: true }).click();
      const country = main.getByRole('combobox', { name: orders('filters.country'), exact: true });
      // On a phone the same fold, named "Filters", stays open.
      await checkEveryWay(page, language, 'orders list, more filters', () => country);

      // Loaded afresh, so that no order of the unfiltered list is still on screen to be clicked.
      await page.goto('/orders?status=created&sort=daysToExpiry&order=asc');
      await orderLinks.first().click();
      await expect(page).toHaveTitle(new RegExp(`^${pattern(shell('titles.order'))} · `));
      const activate = main.getByRole('button', { name: orders('activate.button'), exact: true });
      await checkEveryWay(page, language, 'order', () => activate);
      await activate.click();
      await checkEveryWay(page, language, 'activate dialog', () => dialog);
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);
    });

    test('statements and support', async ({ page }) => {
      const main = page.getByRole('main');

      await signInAsAdmin(page, '/statements');
      await expect(page).toHaveTitle(new RegExp(`^${pattern(shell('titles.statements'))} · `));
      // A row of the table, or a card on the phone.
      const statementLinks = main.getByRole('link', { name: /^\d{4}-W\d{2}$/ });
      await checkEveryWay(page, language, 'statements', () => statementLinks);
      await statementLinks.first().click();
      await expect(page).toHaveTitle(new RegExp(`^${pattern(shell('titles.statement'))} · `));
      const movements = statements('detail.movementsCaption');
      await checkEveryWay(page, language, 'statement', () => main.getByRole('table', { name: movements }).or(main.getByRole('list', { name: movements })));

      await visit(page, '/support', shell('titles.support'));
      // A ticket's number, in a row of the table or on a card on the phone.
      const requests = main.getByRole('link', { name: /^CPT-\d+-/ });
      await checkEveryWay(page, language, 'support', () => requests);
      await main.getByRole('button', { name: support('form.send'), exact: true }).click();
      await expect(main.getByRole('button', { name: support('form.send'), exact: true })).toBeVisible();
      await checkEveryWay(page, language, 'new ticket, sent empty', () => main.locator('[aria-invalid="true"]'));

      await visit(page, '/support/tickets/CPT-3333-000102', shell('titles.ticket'));
      await checkEveryWay(page, language, 'ticket', () => main.getByRole('article'));
    });

    test('the settings', async ({ page }) => {
      const heading = page.getByRole('main').getByRole('heading', { level: 1 });
      await signInAsAdmin(page, '/settings/billing-details');
      const settingsPages = { 'billing-details': 'billingDetails', 'payout-account': 'payoutAccount', credentials: 'credentials', team: 'team', activity: 'activity' };
      for (const [path, title] of Object.entries(settingsPages)) {
        await visit(page, `/settings/${path}`, shell(`titles.${title}`));
        await checkEveryWay(page, language, `settings ${path}`, () => heading);
      }
    });

    test('the API reference, not found and the overlays', async ({ page }) => {
      const heading = page.getByRole('main').getByRole('heading', { level: 1 });
      const dialog = page.getByRole('dialog');

      await signInAsAdmin(page, '/api-reference');
      await visit(page, '/api-reference', shell('titles.apiReference'));
      await checkEveryWay(page, language, 'API reference', () => heading);

      // The overlays open over the small not-found page: what is behind them is checked on its own.
      await visit(page, '/no-such-page', shell('titles.notFound'));
      await checkEveryWay(page, language, 'not found', () => heading);

      await page.keyboard.press('Control+k');
      await checkEveryWay(page, language, 'command palette', () => dialog);
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);

      await page.keyboard.press('?');
      await checkEveryWay(page, language, 'shortcuts help', () => dialog);
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);

      await page.getByRole('button', { name: new RegExp(`^${pattern(shell('user.menu'))}$`) }).click();
      await checkEveryWay(page, language, 'user menu', () => page.getByRole('menu'));
      await page.keyboard.press('Escape');
    });
  });
}
