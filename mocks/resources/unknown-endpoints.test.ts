import { call } from '../testing/api-client';
import { problemOf } from '../testing/order-calls';
import { resetAndSignIn } from '../testing/small-backend';

let token: string;

beforeAll(async () => {
  token = await resetAndSignIn();
});

describe('a method the path does not take', () => {
  it.each([
    ['POST', '/statements/2026-W48', 'GET, HEAD'],
    ['DELETE', '/orders', 'GET, HEAD'],
    ['PUT', '/orders/1000042', 'GET, HEAD'],
    ['GET', '/orders/1000042/activate', 'POST'],
    ['PATCH', '/session', 'DELETE, GET, HEAD, POST'],
    ['DELETE', '/account/billing-details', 'GET, HEAD, PUT'],
    // The handlers do not serve OPTIONS (the HTTP server does).
    ['OPTIONS', '/orders', 'GET, HEAD'],
  ])('%s %s is refused with 405, allowing %s', async (method, path, allow) => {
    const response = await call(path, { token, method });
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')).toBe(allow);
    expect(await problemOf(response)).toEqual({
      type: 'https://comptoir.example/problems/method-not-allowed',
      title: 'Method not allowed',
      status: 405,
      detail: `/api${path} takes ${allow}, not ${method}.`,
    });
  });

});

describe('HEAD', () => {
  it('answers what GET would, headers only', async () => {
    for (const path of ['/orders?status=created', '/statements/2026-W47/csv']) {
      const [head, get] = [await call(path, { token, method: 'HEAD' }), await call(path, { token })];
      expect(head.status).toBe(200);
      expect(head.headers.get('Content-Type')).toBe(get.headers.get('Content-Type'));
      expect(head.headers.get('Content-Disposition')).toBe(get.headers.get('Content-Disposition'));
      expect(await head.text()).toBe('');
      expect((await get.text()).length).toBeGreaterThan(0);
    }
  });

  it('is refused as GET would be: without a session, on an order that is not there, on a path that takes POST only', async () => {
    expect((await call('/orders', { method: 'HEAD' })).status).toBe(401);
    expect((await call('/orders/9999999', { token, method: 'HEAD' })).status).toBe(404);
    const action = await call('/orders/1000042/activate', { token, method: 'HEAD' });
    expect(action.status).toBe(405);
    expect(action.headers.get('Allow')).toBe('POST');
  });
});

describe('a path the API does not have', () => {
  it.each([
    ['GET', '/no-such-endpoint'],
    ['POST', '/orders/1000042/refund'],
    ['GET', '/orders//activate'],
    // A trailing slash makes an unknown path, whatever the method.
    ['POST', '/statements/2026-W48/'],
    ['DELETE', '/orders/'],
  ])('%s %s is unknown (404), with no Allow', async (method, path) => {
    const response = await call(path, { token, method });
    expect(response.status).toBe(404);
    expect(response.headers.get('Allow')).toBeNull();
    expect(await problemOf(response)).toMatchObject({ status: 404, title: 'Not found' });
  });
});
