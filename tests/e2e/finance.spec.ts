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
