import { http } from 'msw';
import { hasDecodablePath, isApiRequest } from './api-path';
import { problem } from './problem';

/** Refuses an API path that does not decode (400), ahead of every handler whose pattern would throw on it. */
export const malformedPath = http.all(
  ({ request }) => isApiRequest(request) && !hasDecodablePath(request),
  () => problem(400, 'The request path holds an escape sequence that does not decode.'),
);

/**
 * Refuses an API path with a trailing slash (404): msw would serve `/orders/` as `/orders`, an
 * address the contract does not have, and a real server need not know.
 */
export const trailingSlash = http.all(
  ({ request }) => isApiRequest(request) && new URL(request.url).pathname.length > '/api/'.length && new URL(request.url).pathname.endsWith('/'),
  () => problem(404, 'There is no such endpoint: API paths take no trailing slash.'),
);
