import { expect, expectAccessible, listSettled, orderNumberOf, orderRows, signIn, test, tokenOf } from './fixtures';

// The app as a provider ships it: built with VITE_MOCKS=false and VITE_API_URL pointing at a real
// HTTP server (npm run api, the same handlers over node:http). No service worker answers here.
const api = `http://localhost:${process.env.E2E_API_PORT ?? 8787}/api`;

test('with mocks off, an admin signs in, finds an order and activates it through the HTTP API', async ({ page }) => {
  const apiCalls: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith(api)) apiCalls.push(`${request.method()} ${new URL(request.url()).pathname}`);
  });

  await page.goto('/sign-in');
  // A real build lists no demo accounts.
  await expect(page.getByRole('heading', { name: 'Demo accounts' })).toHaveCount(0);
  await signIn(page, 'admin');
  await expect(orderRows(page).first()).toBeVisible();
  expect(await page.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull();
  await expectAccessible(page);

  await page.goto('/orders?status=created&sort=orderNumber&order=asc');
  await listSettled(page);
  const orderNumber = await orderNumberOf(page, 0).innerText();
  await orderNumberOf(page, 0).click();
  await expect(page.getByRole('heading', { level: 1, name: `Order ${orderNumber}` })).toBeVisible();
  await page.getByRole('button', { name: 'Activate', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Activate order ${orderNumber}` });
  await dialog.getByRole('button', { name: 'Activate order' }).click();
  await expect(page.getByText(`Order ${orderNumber} is activated; the invoice is issued.`)).toBeVisible();

  // The server stored it: asked directly, from outside the app.
  const stored = await page.request.get(`${api}/orders/${orderNumber}`, {
    headers: { Authorization: `Bearer ${await tokenOf(page)}`, 'Comptoir-Mode': 'live' },
  });
  expect(stored.status()).toBe(200);
  expect((await stored.json()) as { status: string }).toMatchObject({ status: 'activated' });
  expect(apiCalls).toEqual(expect.arrayContaining(['POST /api/session', 'GET /api/orders', `POST /api/orders/${orderNumber}/activate`]));
});
