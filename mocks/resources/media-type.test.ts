import { apiBase, signIn } from '../testing/api-client';
import { orderIn } from '../testing/order-calls';
import { resetSmallBackend } from '../testing/small-backend';

beforeEach(() => resetSmallBackend());

const credentials = JSON.stringify({ email: 'admin@atelier-lumiere.example', password: 'demo-password' });
const send = (path: string, body: string, contentType: string | null, token?: string) => {
  const headers = new Headers({ 'Comptoir-Mode': 'live', 'Idempotency-Key': crypto.randomUUID() });
  if (contentType !== null) headers.set('Content-Type', contentType);
  if (token) headers.set('Authorization', `Bearer ${token}`);
  return fetch(`${apiBase}${path}`, { method: 'POST', headers, body });
};

describe('a body that is not sent as JSON', () => {
  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', null])(
    'is refused with 415 and a problem document when sent as %s',
    async (contentType) => {
      const response = await send('/session', credentials, contentType);
      expect(response.status).toBe(415);
      expect(response.headers.get('Content-Type')).toBe('application/problem+json');
      expect(await response.json()).toMatchObject({ status: 415, title: 'Unsupported media type' });
    },
  );

  it('is refused before anything changes: the order stays as it was', async () => {
    const token = await signIn();
    const created = await orderIn('created', token);
    const body = JSON.stringify({ version: created.version });
    expect((await send(`/orders/${created.orderNumber}/activate`, body, 'text/plain', token)).status).toBe(415);
    expect((await send(`/orders/${created.orderNumber}/activate`, body, 'application/json; charset=utf-8', token)).status).toBe(200);
  });

  it('is read when its type is JSON, with or without parameters', async () => {
    for (const contentType of ['application/json', 'Application/JSON; charset=UTF-8', 'application/problem+json']) {
      expect((await send('/session', credentials, contentType)).status).toBe(201);
    }
  });
});
