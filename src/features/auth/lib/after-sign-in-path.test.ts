import { afterSignInPath } from './after-sign-in-path';

const options = { origin: 'https://comptoir.example', fallback: '/orders', api: '/api' };

describe('the path to go to after sign-in', () => {
  it.each([
    ['/orders?status=paid#x', '/orders?status=paid#x'],
    ['/orders/1001-2026', '/orders/1001-2026'],
    ['/statements/2026-W47?mode=test', '/statements/2026-W47?mode=test'],
    ['/support', '/support'],
    // The resolved path is followed, not the spelling.
    ['/orders/../statements', '/statements'],
  ])('keeps %s, a path of the app, with its query and fragment', (next, expected) => {
    expect(afterSignInPath(next, options)).toBe(expected);
  });

  it.each([
    ['nothing', null],
    ['an empty value', ''],
    ['a protocol-relative URL', '//evil.example'],
    ['a protocol-relative URL with a path', '//evil.example/orders'],
    ['a backslash after the slash', '/\\evil.example'],
    ['a backslash first', '\\\\evil.example'],
    ['an escaped backslash', '/%5Cevil.example'],
    ['a backslash escaped twice', '/%255Cevil.example'],
    ['an escaped slash and backslash, not starting with a slash', '%2F%5Cevil'],
    ['a full URL of another site', 'https://evil.example/x'],
    ['a full URL of the same site', 'https://comptoir.example/orders'],
    ['a script URL', 'javascript:alert(1)'],
    ['a data URL', 'data:text/html,<script>alert(1)</script>'],
    ['a relative path', 'orders'],
    ['a tab inside', '/\t/evil.example'],
    ['a newline inside', '/\n/evil.example'],
    ['an escaped newline', '/%0A/evil.example'],
    ['a null character', '/orders\u0000'],
    ['the sign-in page', '/sign-in'],
    ['the sign-in page with its own next', '/sign-in?next=%2Forders'],
    ['the sign-in page spelt otherwise', '/Sign-In/'],
    // The API answers JSON, not a page: once signed in, its address is a dead end.
    ['an address of the API', '/api/orders'],
    ['the API itself', '/api'],
    ['the API spelt otherwise', '/API/orders?status=created'],
  ])('falls back to the orders for %s', (_case, next) => {
    expect(afterSignInPath(next, options)).toBe('/orders');
  });
});

describe('an API elsewhere', () => {
  it("refuses its addresses only: a path of the app that starts alike is the app's", () => {
    const elsewhere = { ...options, api: 'https://api.comptoir.example/v1' };
    expect(afterSignInPath('/api/orders', elsewhere)).toBe('/api/orders');
    expect(afterSignInPath('/apis', options)).toBe('/apis');
    expect(afterSignInPath('/orders', { ...options, api: 'https://comptoir.example/backend' })).toBe('/orders');
    expect(afterSignInPath('/backend/orders', { ...options, api: 'https://comptoir.example/backend' })).toBe('/orders');
  });
});
