import { http } from 'msw';
import { isApiRequest } from './api-path';
import { problem } from './problem';

/**
 * Answers any API call no handler took, so a mistyped call gets a problem rather than the app's
 * HTML: 405 with `Allow` for a path the contract has under other methods, 404 for any other path.
 */
export const unknownEndpoint = http.all('*/api/*', async ({ request }) => {
  if (!isApiRequest(request)) return undefined;
  const { pathname } = new URL(request.url);
  // Loaded on the first such call: the endpoint list is not needed to start the backend.
  const { allowedMethods } = await import('@/contract/endpoints');
  const allowed = allowedMethods(pathname.slice('/api'.length));
  if (allowed.length === 0) return problem(404, 'There is no such endpoint.');
  const allow = allowed.join(', ');
  const response = problem(405, `${pathname} takes ${allow}, not ${request.method}.`);
  response.headers.set('Allow', allow);
  return response;
});
