/**
 * Whether a request is for the API at all. A wildcard like `*\/api/*` also matches the dev
 * server's own modules (`/src/features/orders/api/get-orders.ts`), which must pass through.
 */
export function isApiRequest(request: Request): boolean {
  return new URL(request.url).pathname.startsWith('/api/');
}
