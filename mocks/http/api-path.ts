/**
 * Whether a request is for the API at all. A wildcard like `*\/api/*` also matches the dev
 * server's own modules (`/src/features/orders/api/get-orders.ts`), which must pass through.
 */
export function isApiRequest(request: Request): boolean {
  return isApiAddress(new URL(request.url));
}

export function isApiAddress(address: URL): boolean {
  return address.pathname.startsWith('/api/');
}

/**
 * Whether every segment of the path decodes. MSW's path patterns decode the segments they
 * capture and throw on a broken escape such as `/api/orders/%ZZ`, before any handler could
 * answer: such a path has to be refused first.
 */
export function hasDecodablePath(request: Request): boolean {
  try {
    decodeURIComponent(new URL(request.url).pathname);
    return true;
  } catch {
    return false;
  }
}
