import { call, signIn } from '../testing/api-client';
import { getOrder, orderIn, postAction, problemOf } from '../testing/order-calls';
import { resetSmallBackend } from '../testing/small-backend';

describe('POST /api/demo/reset', () => {
  beforeEach(() => resetSmallBackend());

  it('undoes what was changed and keeps the sessions', async () => {
    const token = await signIn();
    const created = await orderIn('created', token);
    expect((await postAction(created.orderNumber, 'activate', { version: created.version }, { token })).status).toBe(200);
    expect((await getOrder(created.orderNumber, token)).status).toBe('activated');

    expect((await call('/demo/reset', { token, method: 'POST', mode: null })).status).toBe(204);

    expect((await call('/session', { token, mode: null })).status).toBe(200);
    expect(await getOrder(created.orderNumber, token)).toEqual(created);
  });

  it('is refused without a session (401), and changes nothing', async () => {
    const token = await signIn();
    const created = await orderIn('created', token);
    await postAction(created.orderNumber, 'activate', { version: created.version }, { token });

    const response = await call('/demo/reset', { method: 'POST', mode: null });
    expect(response.status).toBe(401);
    expect((await problemOf(response)).status).toBe(401);
    expect((await getOrder(created.orderNumber, token)).status).toBe('activated');
  });
});
