import { http } from 'msw';
import { hasDecodablePath, isApiRequest } from './api-path';
import { problem } from './problem';

/** The longest address, query left out, that msw's path patterns read: they throw on a longer one. */
export const maxAddressLength = 8_192;

const addressLength = (request: Request): number => {
  const { origin, pathname } = new URL(request.url);
  return origin.length + pathname.length;
};

/** Refuses an API path too long to read (400), ahead of every handler whose pattern would throw on it. */
export const tooLongAddress = http.all(
  ({ request }) => isApiRequest(request) && addressLength(request) > maxAddressLength,
  ({ request }) =>
    problem(400, `The request's address is ${addressLength(request).toLocaleString('en')} characters long without its query; the API reads addresses of up to ${maxAddressLength.toLocaleString('en')}.`),
);

/** Refuses an API path that does not decode (400), ahead of every handler whose pattern would throw on it. */
export const malformedPath = http.all(
  ({ request }) => isApiRequest(request) && !hasDecodablePath(request),
  () => problem(400, 'The request path holds an escape sequence that does not decode.'),
);

/**
 * Refuses an API path under another (404): the handlers' patterns (`*\/api/orders`) take any
 * address before theirs, so `/api/api/orders` answered as `/api/orders`.
 */
export const nestedApiPath = http.all(
  ({ request }) => isApiRequest(request) && new URL(request.url).pathname.indexOf('/api/', 1) !== -1,
  () => problem(404, 'There is no such endpoint: the API is at /api, once.'),
);

/**
 * Refuses an API path with a trailing slash (404): msw would serve `/orders/` as `/orders`, an
 * address the contract does not have, and a real server need not know.
 */
export const trailingSlash = http.all(
  ({ request }) => isApiRequest(request) && new URL(request.url).pathname.length > '/api/'.length && new URL(request.url).pathname.endsWith('/'),
  () => problem(404, 'There is no such endpoint: API paths take no trailing slash.'),
);
