import { getResponse, http, type RequestHandler } from 'msw';
import { isApiRequest } from './api-path';

/**
 * HEAD on an API path answers what GET would from `handlers`, without the body (RFC 9110): a client
 * can learn whether a file is there, and its type and name, before downloading it.
 */
export function headAsGet(handlers: () => readonly RequestHandler[]) {
  return http.head('*/api/*', async ({ request }) => {
    if (!isApiRequest(request)) return undefined;
    const answer = await getResponse([...handlers()], new Request(request.url, { method: 'GET', headers: request.headers }));
    return answer && new Response(null, { status: answer.status, statusText: answer.statusText, headers: answer.headers });
  });
}
