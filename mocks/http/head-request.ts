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
    if (!answer) return undefined;
    const headers = new Headers(answer.headers);
    // A file or a problem is sent without its length: HEAD reads GET's body to tell it, as JSON tells its own.
    if (!headers.has('Content-Length') && answer.body !== null) headers.set('Content-Length', String((await answer.arrayBuffer()).byteLength));
    return new Response(null, { status: answer.status, statusText: answer.statusText, headers });
  });
}
