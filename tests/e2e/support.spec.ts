import { expect, expectAccessible, orderRows, signIn, test, tokenOf } from './fixtures';

test('a support agent looks orders up but is offered neither export nor statements', async ({ page }) => {
  await signIn(page, 'support');
  await expect(orderRows(page).first()).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Orders' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Support' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Statements' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Settings' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Export CSV' })).toHaveCount(0);
  await expectAccessible(page);

  await page.goto('/statements');
  await expect(page.getByText('Not available for your role')).toBeVisible();
  await expectAccessible(page);
});

test('the API refuses the export to a support agent (403, problem+json)', async ({ page }) => {
  await signIn(page, 'support');
  await expect(orderRows(page).first()).toBeVisible();
  const token = await tokenOf(page);
  // Through the page, so that the embedded backend answers.
  const answer = await page.evaluate(async (bearer) => {
    const response = await fetch('/api/exports/orders', {
      headers: { Authorization: `Bearer ${bearer}`, 'Comptoir-Mode': 'live' },
    });
    return { status: response.status, type: response.headers.get('content-type'), body: await response.json() };
  }, token);
  expect(answer.status).toBe(403);
  expect(answer.type).toContain('application/problem+json');
  expect(answer.body).toMatchObject({ status: 403 });
});

test('the API refuses statements to a support agent (403)', async ({ page }) => {
  await signIn(page, 'support');
  await expect(orderRows(page).first()).toBeVisible();
  const token = await tokenOf(page);
  const status = await page.evaluate(async (bearer) => {
    const response = await fetch('/api/statements?year=2026', { headers: { Authorization: `Bearer ${bearer}`, 'Comptoir-Mode': 'live' } });
    return response.status;
  }, token);
  expect(status).toBe(403);
});
