import { call } from '../testing/api-client';
import { problemOf } from '../testing/order-calls';
import { resetAndSignIn } from '../testing/small-backend';

let token: string;

beforeAll(async () => {
  token = await resetAndSignIn();
});

describe('a method the path does not take', () => {
  it.each([
    ['POST', '/statements/2026-W48', 'GET'],
    ['DELETE', '/orders', 'GET'],
    ['PUT', '/orders/1000042', 'GET'],
    ['GET', '/orders/1000042/activate', 'POST'],
    ['PATCH', '/session', 'DELETE, GET, POST'],
    ['DELETE', '/account/billing-details', 'GET, PUT'],
    // The handlers serve neither HEAD nor OPTIONS.
    ['OPTIONS', '/orders', 'GET'],
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

  it('is refused with 405 to HEAD too, headers only', async () => {
    const response = await call('/orders', { token, method: 'HEAD' });
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')).toBe('GET');
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
