import { http } from 'msw';
import type { Role } from '@/contract/common';
import { isApiRequest } from './api-path';
import { requireSession } from './guards';
import { problem, ProblemError } from './problem';

/**
 * Refuses a query sent to an endpoint that reads none (400), as the endpoints that read one refuse
 * a parameter they do not list (validate.ts): what a call sends is never silently dropped.
 */
export const unreadQuery = http.all('*/api/*', async ({ request }) => {
  const url = new URL(request.url);
  if (!isApiRequest(request) || url.search === '') return undefined;
  // Loaded on the first call with a query, as for unknown endpoints (unknown-endpoint.ts).
  const { endpointFor } = await import('@/contract/endpoints');
  // HEAD answers as GET does (head-request.ts).
  const method = request.method === 'HEAD' ? 'GET' : request.method;
  const endpoint = endpointFor(method, url.pathname.slice('/api'.length));
  if (!endpoint || endpoint.query !== undefined) return undefined;
  const refusal = (endpoint.signedIn && (await callerRefusal(request, endpoint.roles))) || unreadRefusal(url);
  return request.method === 'HEAD' ? new Response(null, { status: refusal.status, headers: refusal.headers }) : refusal;
});

/**
 * A call without a live session (401), or from a role the endpoint is not for (403), is refused for
 * that first, as the endpoints that read a query refuse it before their query.
 */
async function callerRefusal(request: Request, roles: readonly Role[] | undefined): Promise<Response | null> {
  try {
    const { user } = await requireSession(request);
    return roles && !roles.includes(user.role) ? problem(403, 'Your role does not allow this.') : null;
  } catch (error) {
    if (error instanceof ProblemError) return error.response;
    throw error;
  }
}

function unreadRefusal(url: URL): Response {
  const names = [...new Set(url.searchParams.keys())].map((name) => `"${name.slice(0, 40)}"`).join(', ');
  return problem(400, `Unknown query parameter ${names}: this address reads no query parameter.`);
}
