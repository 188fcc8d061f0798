import { http, HttpResponse } from 'msw';
import { isApiRequest } from './http/api-path';

/**
 * A test hook of the demo build: the next answers of an endpoint can be made to fail, the way a
 * flaky server or a cut network would, so that a browser test can prove nothing typed is lost.
 * localStorage `comptoir.demo.faults` = {"POST /api/support/tickets": ["server-error", "network"]}
 * fails the next two sends, one way each, then lets requests through again.
 */
const storageKey = 'comptoir.demo.faults';
type Fault = 'server-error' | 'network';

function takeFault(method: string, pathname: string): Fault | null {
  if (typeof localStorage === 'undefined') return null;
  let faults: Record<string, unknown>;
  try {
    faults = JSON.parse(localStorage.getItem(storageKey) ?? '{}') as Record<string, unknown>;
  } catch {
    return null;
  }
  const key = `${method} ${pathname}`;
  const queue = faults[key];
  if (!Array.isArray(queue) || queue.length === 0) return null;
  const [next, ...rest] = queue;
  localStorage.setItem(storageKey, JSON.stringify({ ...faults, [key]: rest }));
  return next === 'network' || next === 'server-error' ? next : null;
}

export const faults = [
  http.all('*/api/*', ({ request }) => {
    if (!isApiRequest(request)) return undefined;
    const fault = takeFault(request.method, new URL(request.url).pathname);
    if (fault === 'network') return HttpResponse.error();
    if (fault === 'server-error') {
      return HttpResponse.json(
        { type: 'about:blank', title: 'Internal Server Error', status: 500, detail: 'A fault injected by a test.' },
        { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
      );
    }
    return undefined;
  }),
];
