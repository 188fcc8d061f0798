import { http } from 'msw';
import { hasDecodablePath, isApiRequest } from './api-path';
import { problem } from './problem';

/** Refuses an API path that does not decode (400), ahead of every handler whose pattern would throw on it. */
export const malformedPath = http.all(
  ({ request }) => isApiRequest(request) && !hasDecodablePath(request),
  () => problem(400, 'The request path holds an escape sequence that does not decode.'),
);
