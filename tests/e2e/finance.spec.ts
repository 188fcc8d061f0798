import { expect, expectAccessible, orderRows, signIn, test } from './fixtures';

test('finance reads orders, may export, and is offered statements', async ({ page }) => {
  await signIn(page, 'finance');
  await expect(orderRows(page).first()).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Statements' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Support' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export CSV' })).toBeVisible();
  await page.getByRole('button', { name: /User menu for/ }).click();
  await expect(page.getByText('Role: Finance')).toBeVisible();
  await page.keyboard.press('Escape');
  await expectAccessible(page);
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
