import { call } from '../testing/api-client';
import { problemOf } from '../testing/order-calls';
import { resetAndSignIn } from '../testing/small-backend';

let token: string;

beforeEach(async () => {
  token = await resetAndSignIn();
});

describe('a path with an escape that does not decode', () => {
  it.each([
    ['GET', '/orders/%ZZ'],
    ['GET', '/orders/%E0%A4%A'],
    ['POST', '/orders/%ZZ/activate'],
    ['GET', '/orders/1000001/documents/%E0%A4%A'],
    ['GET', '/statements/%E0%A4%A'],
    ['GET', '/statements/2026-W47/%ZZ'],
    ['GET', '/no-such-endpoint/%ZZ'],
  ])('%s %s is refused as malformed (400), never a 500', async (method, path) => {
    const response = await call(path, { token, method, ...(method === 'POST' && { body: '{"version":1}' }) });
    expect(response.status).toBe(400);
    expect(await problemOf(response)).toMatchObject({ status: 400, title: 'Malformed request' });
  });

  it('leaves well-formed escapes alone: an encoded unknown order is still unknown (404)', async () => {
    const response = await call('/orders/%31%30%30', { token });
    expect(response.status).toBe(404);
  });
});

describe('a path with a trailing slash', () => {
  it.each(['/orders/', '/orders/1000001/', '/session/', '/statements/', '/openapi.json/'])('GET %s is an unknown endpoint (404), not the path without it', async (path) => {
    const response = await call(path, { token });
    expect(response.status).toBe(404);
    expect((await problemOf(response)).detail).toBe('There is no such endpoint: API paths take no trailing slash.');
  });
});

describe('a path under the API path again', () => {
  it.each(['/api/orders', '/api/session', '/shop/api/orders/1000001'])('GET /api%s is an unknown endpoint (404), not the path after it', async (path) => {
    const response = await call(path, { token });
    expect(response.status).toBe(404);
    expect((await problemOf(response)).detail).toBe('There is no such endpoint: the API is at /api, once.');
  });
});

describe('an address too long to read', () => {
  it.each([
    ['GET', `/orders/${'1'.repeat(10_000)}`],
    ['GET', `/support/tickets/${'A'.repeat(10_000)}`],
    ['GET', `/statements/${'A'.repeat(10_000)}`],
    ['POST', `/orders/${'1'.repeat(10_000)}/activate`],
  ])('%s of %#: is refused as malformed (400), never a 500', async (method, path) => {
    const response = await call(path, { token, method, ...(method === 'POST' && { body: '{"version":1}' }) });
    expect(response.status).toBe(400);
    expect(await problemOf(response)).toMatchObject({ status: 400, title: 'Malformed request', detail: expect.stringContaining('up to 8,192') });
  });

  it('leaves an address just short of the limit to the endpoints: an unknown order is still unknown (404)', async () => {
    const response = await call(`/orders/${'1'.repeat(8_000)}`, { token });
    expect(response.status).toBe(404);
  });

  it('leaves a long query to the endpoint, which names the field it refuses (422)', async () => {
    const response = await call(`/orders?q=${'a'.repeat(10_000)}`, { token });
    expect(response.status).toBe(422);
    expect(Object.keys((await problemOf(response)).errors ?? {})).toEqual(['q']);
  });
});
