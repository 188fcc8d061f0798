import type { Page } from '@playwright/test';
import { expect, expectAccessible, expectNoSidewaysScroll, orderRows, signIn, test } from './fixtures';

// In the demo build, each browser context has its own embedded backend: the changes of one test
// are seen by no other.

/** Deactivates Sofie Maes with the keyboard alone, then reactivates her: the focus stays on her row or card. */
async function deactivateAndReactivateSofie(page: Page) {
  await signIn(page, 'admin');
  await expect(orderRows(page).or(page.getByRole('list', { name: 'Orders matching the filters' })).first()).toBeVisible();
  await page.goto('/settings/team');
  await page.getByRole('button', { name: 'Deactivate Sofie Maes' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Deactivate Sofie Maes?' });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Deactivate' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Sofie Maes is deactivated.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reactivate Sofie Maes' })).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(page.getByText('Sofie Maes is active again.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Change role of Sofie Maes' })).toBeFocused();
  await expectAccessible(page);
}

test('on the team page, the focus stays on the row of the member deactivated, then reactivated, with the keyboard', { tag: '@demo-build' }, async ({ page }) => {
  await deactivateAndReactivateSofie(page);
  await expect(page.getByRole('table', { name: 'Users of your merchant account' })).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the focus stays on the card of the member deactivated, then reactivated', { tag: '@demo-build' }, async ({ page }) => {
    await deactivateAndReactivateSofie(page);
    await expect(page.getByRole('list', { name: 'Users of your merchant account' })).toBeVisible();
  });

  test('the activity log is one card per change, labelled, that fits the screen, with its filters and pages', { tag: '@demo-build' }, async ({ page }) => {
    await signIn(page, 'admin');
    await expect(page.getByRole('button', { name: /User menu for/ })).toBeVisible();
    await page.goto('/settings/activity');
    await expect(page.getByRole('heading', { level: 1, name: 'Activity' })).toBeVisible();
    const cards = page.getByRole('list', { name: 'Activity, newest first' }).getByRole('listitem');
    await expect(cards.first()).toContainText('Signed in');
    await expect(page.getByRole('table', { name: 'Activity, newest first' })).toHaveCount(0);
    const newest = cards.first();
    for (const label of ['When', 'Who', 'Data']) await expect(newest.getByRole('term').filter({ hasText: label })).toBeVisible();
    await expect(newest.getByRole('definition').filter({ hasText: 'Nathalie Dubois' })).toBeVisible();
    await expect(page.getByRole('search', { name: 'Filter the activity' })).toBeVisible();
    await expect(page.getByText(/^1–\d+ of \d+$/)).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectAccessible(page);
  });
});
