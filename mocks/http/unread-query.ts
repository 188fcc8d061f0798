import { http } from 'msw';
import { isApiRequest } from './api-path';
import { problem } from './problem';

/**
 * Refuses a query sent to an endpoint that reads none (400), as the endpoints that read one refuse
 * a parameter they do not list (validate.ts): what a call sends is never silently dropped.
 */
export const unreadQuery = http.all('*/api/*', async ({ request }) => {
  const url = new URL(request.url);
  if (!isApiRequest(request) || url.search === '') return undefined;
  // Loaded on the first call with a query, as for unknown endpoints (unknown-endpoint.ts).
  const { readsQuery } = await import('@/contract/endpoints');
  // HEAD answers as GET does (head-request.ts).
  const method = request.method === 'HEAD' ? 'GET' : request.method;
  if (readsQuery(method, url.pathname.slice('/api'.length)) !== false) return undefined;
  const names = [...new Set(url.searchParams.keys())].map((name) => `"${name.slice(0, 40)}"`).join(', ');
  const refusal = problem(400, `Unknown query parameter ${names}: this address reads no query parameter.`);
  return request.method === 'HEAD' ? new Response(null, { status: refusal.status, headers: refusal.headers }) : refusal;
});
