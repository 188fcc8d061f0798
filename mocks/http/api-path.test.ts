import { isApiRequest } from './api-path';

describe('what counts as an API request', () => {
  it('takes paths under /api and lets the dev server\'s own modules through', () => {
    expect(isApiRequest(new Request('http://localhost:5173/api/orders'))).toBe(true);
    expect(isApiRequest(new Request('http://localhost:5173/api/no-such-thing'))).toBe(true);
    expect(isApiRequest(new Request('http://localhost:5173/src/features/orders/api/get-orders.ts'))).toBe(false);
  });
});
