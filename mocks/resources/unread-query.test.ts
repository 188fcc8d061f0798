import { call, signIn } from '../testing/api-client';
import { getOrder, orderIn } from '../testing/order-calls';
import { resetSmallBackend } from '../testing/small-backend';

beforeEach(() => resetSmallBackend());

describe('a query sent to an endpoint that reads none', () => {
  it('is refused with 400 naming the parameter, on reads, HEAD and writes alike, and changes nothing', async () => {
    const token = await signIn();
    const created = await orderIn('created', token);
    for (const [path, method] of [
      [`/orders/${created.orderNumber}?x=1`, 'GET'],
      [`/orders/${created.orderNumber}?x=1`, 'HEAD'],
      ['/orders/views?x=1', 'GET'],
      ['/session?expand=user', 'GET'],
    ] as const) {
      const response = await call(path, { token, method });
      expect(response.status, `${method} ${path}`).toBe(400);
      if (method !== 'HEAD') expect(((await response.json()) as { detail: string }).detail).toMatch(/^Unknown query parameter "(x|expand)": this address reads no query parameter\.$/);
    }
    const activate = await call(`/orders/${created.orderNumber}/activate?force=true`, { token, method: 'POST', body: JSON.stringify({ version: created.version }) });
    expect(activate.status).toBe(400);
    expect((await getOrder(created.orderNumber, token)).status).toBe('created');
  });

  it('is refused for the missing or ended session first, as a query read by its endpoint would be', async () => {
    const token = await signIn();
    const created = await orderIn('created', token);
    for (const path of [`/orders/${created.orderNumber}?x=1`, '/orders?colour=red', '/session?expand=user']) {
      expect((await call(path, {})).status, path).toBe(401);
      expect((await call(path, { token: 'ended' })).status, path).toBe(401);
    }
  });

  it('is refused for a role the endpoint is not for first (403), as its query would be', async () => {
    const support = await signIn('support');
    expect((await call('/statements/2026-W40?x=1', { token: support })).status).toBe(403);
    expect((await call('/account/billing-details?x=1', { token: support, mode: null })).status).toBe(403);
    // A role it is for is told of the query.
    expect((await call('/statements/2026-W40?x=1', { token: await signIn('finance') })).status).toBe(400);
  });

  it('leaves the endpoints that read a query to check theirs', async () => {
    const token = await signIn();
    expect((await call('/orders?status=created', { token })).status).toBe(200);
    expect((await call('/orders?colour=red', { token })).status).toBe(400);
    expect((await call('/statements?year=2026', { token })).status).toBe(200);
  });
});
