import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, orderRows, signIn, test, tokenOf } from './fixtures';

// What a broken browser profile, or someone with the developer tools, may leave in the demo's
// IndexedDB journal: values no version of the app writes.
const unreadable = [null, { kind: 'order', order: null }, { kind: 'reset', seed: 'x' }];

/** Calls the API from the page, so the backend worker answers. */
function api<T>(page: Page, path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  return tokenOf(page).then((token) =>
    page.evaluate(
      async ({ bearer, path, method, body }) => {
        const response = await fetch(`/api${path}`, {
          method,
          headers: { Authorization: `Bearer ${bearer}`, 'Comptoir-Mode': 'live', 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        return response.json();
      },
      { bearer: token, path, method: init.method ?? 'GET', body: init.body },
    ),
  );
}

test('unreadable stored changes are set aside: the app starts with the valid data, says so, and the admin can keep and discard them', async ({ page }) => {
  await signIn(page, 'admin');
  await expect(orderRows(page).first()).toBeVisible();
  const { items } = await api<{ items: { orderNumber: string; version: number }[] }>(page, '/orders?status=created&sort=orderNumber&order=asc&pageSize=1');
  const { orderNumber, version } = items[0]!;
  await api(page, `/orders/${orderNumber}/cancel`, { method: 'POST', body: { version, reason: 'Shop closed' } });

  await page.evaluate(
    (values) =>
      new Promise<void>((resolve, reject) => {
        const opening = indexedDB.open('comptoir-demo');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const transaction = opening.result.transaction('journal', 'readwrite');
          for (const value of values) transaction.objectStore('journal').add(value);
          transaction.oncomplete = () => resolve(opening.result.close());
        };
      }),
    unreadable,
  );
  await page.reload();

  const banner = page.getByRole('alert').filter({ hasText: '3 stored changes could not be read and were set aside' });
  await expect(banner).toBeVisible();
  await expect(orderRows(page).first()).toBeVisible();
  expect((await api<{ status: string }>(page, `/orders/${orderNumber}`)).status).toBe('cancelled');
  await expectAccessible(page);

  const downloading = page.waitForEvent('download');
  await banner.getByRole('button', { name: 'Download them' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('comptoir-set-aside-changes.json');
  const kept = JSON.parse(await readFile((await download.path())!, 'utf8')) as { value: unknown }[];
  expect(kept.map(({ value }) => value)).toEqual(unreadable);

  await banner.getByRole('button', { name: 'Discard them' }).click();
  await expect(banner).toBeHidden();
  await page.reload();
  await expect(orderRows(page).first()).toBeVisible();
  await expect(page.getByText(/could not be read/)).toBeHidden();

  // The seed comes back with a reset, as before.
  await page.getByRole('button', { name: /User menu for/ }).click();
  await page.getByRole('menuitem', { name: 'Reset demo data' }).click();
  await page.getByRole('dialog', { name: 'Reset the demo data?' }).getByRole('button', { name: 'Reset all demo data' }).click();
  await expect(page.getByText('The demo data was restored.')).toBeVisible();
  expect((await api<{ status: string }>(page, `/orders/${orderNumber}`)).status).toBe('created');
});

test('a backend that cannot start is said so, and a reload brings the demo back once it can', async ({ page, context }) => {
  const backendCode = /\/assets\/backend-worker-[^/]+\.js$/;
  await context.route(backendCode, (route) => route.abort());
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { name: 'The demo could not start' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reset the demo data and start again' })).toBeVisible();
  await expectAccessible(page);

  await context.unroute(backendCode);
  await page.getByRole('button', { name: 'Reload', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'E-mail' })).toBeVisible();
  await signIn(page, 'admin');
  await expect(orderRows(page).first()).toBeVisible();
});
