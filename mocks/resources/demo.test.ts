import { resetMockBackend } from '../node';
import type { OrderPage } from '../rules/order-query';
import { call, signIn } from '../testing/api-client';

describe('POST /api/demo/reset', () => {
  it('reseeds the data on today and keeps the sessions', async () => {
    resetMockBackend({ ordersPerWorld: 100, today: '2026-11-24' });
    const token = await signIn();
    const before = (await (await call('/orders?pageSize=10', { token })).json()) as OrderPage;

    expect((await call('/demo/reset', { method: 'POST', mode: null })).status).toBe(204);

    expect((await call('/session', { token, mode: null })).status).toBe(200);
    const after = (await (await call('/orders?pageSize=10', { token })).json()) as OrderPage;
    expect(after).toEqual(before);
  });
});
