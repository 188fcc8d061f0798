import type { Page } from '@playwright/test';
import { expect, expectAccessible, orderRows, signIn, test } from './fixtures';

// A system set to dark gives the dark scheme; every page still passes axe, contrast included.
test.use({ colorScheme: 'dark' });

const scheme = (page: Page) => page.locator('html').getAttribute('data-mantine-color-scheme');

test('in a dark system, signing in and the orders are dark and accessible', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { name: 'Sign in to Comptoir' })).toBeVisible();
  expect(await scheme(page)).toBe('dark');
  await expectAccessible(page);

  await signIn(page, 'admin');
  await expect(orderRows(page).first()).toBeVisible();
  await expectAccessible(page);
  await page.goto('/orders?status=created&sort=daysToExpiry&order=asc');
  await orderRows(page).first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: /^Order / })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Activate', exact: true }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectAccessible(page);
});

test('in a dark system, statements and support are dark and accessible', async ({ page }) => {
  await signIn(page, 'admin');
  await expect(orderRows(page).first()).toBeVisible();
  await page.goto('/statements');
  await expect(page.getByRole('heading', { level: 1, name: 'Statements' })).toBeVisible();
  await expectAccessible(page);
  await page.goto('/statements/2026-W47');
  await expect(page.getByRole('heading', { level: 1, name: 'Statement 2026-W47' })).toBeVisible();
  await expectAccessible(page);
  await page.goto('/support');
  await expect(page.getByRole('heading', { level: 1, name: 'Support' })).toBeVisible();
  await expectAccessible(page);
});

test('a light scheme chosen in the user menu wins over the dark system, and is remembered', async ({ page }) => {
  await signIn(page, 'admin');
  await expect(orderRows(page).first()).toBeVisible();
  await page.getByRole('button', { name: /User menu for/ }).click();
  await expectAccessible(page);
  await page.getByRole('menuitemradio', { name: 'Light' }).click();
  expect(await scheme(page)).toBe('light');
  await page.reload();
  await expect(orderRows(page).first()).toBeVisible();
  expect(await scheme(page)).toBe('light');
});
