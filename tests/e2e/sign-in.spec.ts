import { accounts, expect, expectAccessible, signIn, test } from './fixtures';

test('the sign-in page lists the demo accounts and their password', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole('heading', { name: 'Sign in to Comptoir' })).toBeVisible();
  for (const email of Object.values(accounts)) {
    await expect(page.getByRole('cell', { name: email, exact: true })).toBeVisible();
  }
  await expect(page.getByText('demo-password')).toBeVisible();
  await expectAccessible(page);
});

test('a wrong password gets a clear message and keeps the e-mail typed', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByRole('textbox', { name: 'E-mail' }).fill('not-an-address');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Enter a valid e-mail address.')).toBeVisible();
  await expect(page.getByText('Enter your password.')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('textbox', { name: 'E-mail' }).fill(accounts.admin);
  await page.getByRole('textbox', { name: 'Password' }).fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('The e-mail or password is incorrect');
  await expect(page.getByRole('textbox', { name: 'E-mail' })).toHaveValue(accounts.admin);
  await expectAccessible(page);
});

test('a link opened without a session comes back to it after sign-in', async ({ page }) => {
  await page.goto('/orders?status=created&sort=total&order=asc');
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await signIn(page, 'admin', page.url());
  await expect(page).toHaveURL(/\/orders\?status=created&sort=total&order=asc$/);
  await expect(page.getByRole('heading', { name: 'Orders' })).toBeVisible();
});

test('the session survives a reload and ends with sign-out', async ({ page }) => {
  await signIn(page, 'admin');
  await expect(page.getByRole('heading', { name: 'Orders' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Orders' })).toBeVisible();
  await page.getByRole('button', { name: /User menu for/ }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto('/orders');
  await expect(page).toHaveURL(/\/sign-in/);
  // A return address that would leave the app is not followed: the orders list opens instead.
  await signIn(page, 'admin', '/sign-in?next=%2F%5Cexample.invalid');
  await expect(page.getByRole('heading', { name: 'Orders' })).toBeVisible();
  await expect(page).toHaveURL(/\/orders$/);
});

test('a session that the server no longer knows brings the user back to sign-in, then where they were', async ({ page }) => {
  await signIn(page, 'admin');
  await expect(page.getByRole('heading', { name: 'Orders' })).toBeVisible();
  await page.evaluate(() => localStorage.setItem('comptoir.session-token', 'forged-or-expired'));
  await page.goto('/orders?country=DE');
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await expect(page.getByText('Your session ended')).toBeVisible();
  await signIn(page, 'admin', page.url());
  await expect(page).toHaveURL(/\/orders\?country=DE$/);
});

test('the chosen language is remembered', async ({ page }) => {
  await signIn(page, 'admin');
  // The sign-in page has a language switch of its own: wait for the app's.
  await expect(page.getByRole('heading', { name: 'Orders' })).toBeVisible();
  await page.getByRole('button', { name: /Change language/ }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('menuitem', { name: 'Français' }).click();
  await expect(page.getByRole('heading', { name: 'Commandes' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Commandes' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expectAccessible(page);
});

test('tabs: each keeps its own data world, and a sign-out in one ends the session in all', async ({ page, context }) => {
  await signIn(page, 'admin');
  await expect(page.getByRole('heading', { name: 'Orders' })).toBeVisible();
  const second = await context.newPage();
  await second.goto('/orders');
  await expect(second.getByRole('heading', { name: 'Orders' })).toBeVisible();

  await second.getByText('Test', { exact: true }).click();
  await expect(second.getByRole('status').filter({ hasText: 'Test data' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Orders' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Test data' })).toHaveCount(0);

  await second.getByRole('button', { name: /User menu for/ }).click();
  await second.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(second).toHaveURL(/\/sign-in/);
  await expect(page).toHaveURL(/\/sign-in\?next=%2Forders/);
  await expect(page.getByRole('status').filter({ hasText: 'You were signed out in another tab. Sign in again to go on.' })).toBeVisible();
  // The tab where the user signed out says nothing of another tab.
  await expect(second.getByText('another tab')).toHaveCount(0);
});

test('tabs: a tab whose user someone else replaces in another tab says who it now shows', async ({ page, context }) => {
  await signIn(page, 'admin');
  await expect(page.getByRole('heading', { name: 'Orders' })).toBeVisible();
  const second = await context.newPage();
  await second.goto('/orders');
  await second.getByRole('button', { name: /User menu for/ }).click();
  await second.getByRole('menuitem', { name: 'Sign out' }).click();
  await signIn(second, 'finance');
  await expect(second.getByRole('heading', { name: 'Orders' })).toBeVisible();

  const notice = page.getByRole('alert').filter({ hasText: /^Signed in as .+ \(Finance\) in another tab: this tab now shows what they see\.$/ });
  await expect(notice).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Orders' })).toBeVisible();
  await expectAccessible(page);
  // Said once: not again at the next reload.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Orders' })).toBeVisible();
  await expect(notice).toHaveCount(0);
});

test('the address typed on the sign-in page is the one the forgotten-password page starts with', { tag: '@demo-build' }, async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByRole('textbox', { name: 'E-mail' }).fill(accounts.finance);
  await page.getByRole('textbox', { name: 'Password' }).fill('not-this-one');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Forgot your password?' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'E-mail' })).toHaveValue(accounts.finance);
  expect(page.url()).not.toContain('not-this-one');
  await expectAccessible(page);
});
