import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

export const password = 'demo-password';

export const accounts = {
  admin: 'admin@atelier-lumiere.example',
  finance: 'finance@atelier-lumiere.example',
  support: 'support@atelier-lumiere.example',
  bergblick: 'admin@bergblick.example',
} as const;

// The embedded backend keeps the real date as "today", like the browser: a due date the app
// computes and one the backend computes then agree.
export { expect, test };

export async function signIn(page: Page, account: keyof typeof accounts, path = '/sign-in') {
  await page.goto(path);
  await page.getByRole('textbox', { name: 'E-mail' }).fill(accounts[account]);
  await page.getByRole('textbox', { name: 'Password' }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** axe's rules that read colours: all that may change when only the colour scheme does. */
export const colourRules = ['color-contrast', 'link-in-text-block'];

/**
 * What axe finds against WCAG 2.2 A/AA and its best practices on what is on screen now: each rule
 * and its first nodes. `only` narrows the check to some of those rules.
 */
export async function accessibilityViolations(page: Page, only?: string[]) {
  // A sliding indicator or a colour fading after a change of size or scheme is read once still:
  // halfway, a label can sit on the background it is leaving.
  await transitionsEnded(page);
  const builder = new AxeBuilder({ page });
  if (only) builder.withRules(only);
  else builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']);
  // The app has no frames: axe runs in the page itself, without the blank page it opens to merge
  // frames' results. Only violations are described node by node, not the thousands of passes.
  const results = await builder.setLegacyMode(true).options({ resultTypes: ['violations'] }).analyze();
  return results.violations.map((violation) => ({
    rule: violation.id,
    nodes: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
  }));
}

/**
 * Waits until the page's transitions and finite animations have ended (a navigation sliding in
 * after a change of size moves the page under a click aimed before it), without a timer.
 */
export async function transitionsEnded(page: Page) {
  await page.evaluate(async () => {
    // Two frames first: what a change of size or scheme sets off (media queries heard, React's
    // render after them) has then started its transitions.
    for (let frame = 0; frame < 2; frame += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
    await Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    );
  });
}

/** axe finds no WCAG 2.2 A/AA violation, nor any of its best practices, on what is on screen now. */
export async function expectAccessible(page: Page) {
  expect(await accessibilityViolations(page)).toEqual([]);
}

/** The table body's rows on the orders list, once loaded. */
export function orderRows(page: Page) {
  return page.getByRole('table', { name: 'Orders matching the filters' }).locator('tbody tr');
}

/** The texts of one column of the orders list, found by its header. */
export async function columnTexts(page: Page, header: string): Promise<string[]> {
  const table = page.getByRole('table', { name: 'Orders matching the filters' });
  const headers = await table.locator('thead th').allTextContents();
  const index = headers.findIndex((text) => text.startsWith(header));
  if (index < 0) throw new Error(`no column ${header}`);
  return table.locator(`tbody tr td:nth-child(${index + 1})`).allTextContents();
}

/** The order number of a row of the list (its link). */
export function orderNumberOf(page: Page, row: number) {
  return orderRows(page).nth(row).getByRole('link');
}

/** Waits until the list shows the answer to the current URL, not the previous page kept on screen. */
export async function listSettled(page: Page) {
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(orderRows(page).first()).toBeVisible();
}

/** Reads "1–25 of 1,234" under the list and returns 1234. */
export async function listTotal(page: Page): Promise<number> {
  await listSettled(page);
  const text = await page.getByText(/^\d[\d,]*–\d[\d,]* of \d[\d,]*$/).innerText();
  return Number(text.split(' of ')[1]!.replace(/,/g, ''));
}

/** The bearer token the app keeps, for calling the API the way a script would. */
export async function tokenOf(page: Page): Promise<string> {
  const token = await page.evaluate(() => localStorage.getItem('comptoir.session-token'));
  if (!token) throw new Error('not signed in');
  return token;
}

/** The embedded backend's workers running in the browser, as Chromium's DevTools protocol lists them. */
export async function backendWorkers(page: Page): Promise<{ type: string; url: string }[]> {
  const session = await page.context().browser()!.newBrowserCDPSession();
  try {
    const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: { type: string; url: string }[] };
    return targetInfos.filter(({ url }) => new URL(url, 'http://x').pathname.includes('backend-worker')).map(({ type, url }) => ({ type, url }));
  } finally {
    await session.detach();
  }
}

/** Opens the filters folded under "More filters" (or "Filters" on a phone), if they are not open yet. */
export async function openMoreFilters(page: Page, name: RegExp = /More filters$/) {
  const toggle = page.getByRole('button', { name });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
}

/** The rows of the orders list the viewport shows whole, without scrolling. */
export async function rowsInView(page: Page): Promise<number> {
  return orderRows(page).evaluateAll((rows) => rows.filter((row) => row.getBoundingClientRect().bottom <= window.innerHeight).length);
}

/** The page is no wider than the viewport: nothing makes it scroll sideways. */
export async function expectNoSidewaysScroll(page: Page) {
  const width = page.viewportSize()!.width;
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
}
