import { isApiRequest } from './http/api-path';

/**
 * A test hook of the demo build: the next answers of an endpoint can be made to fail, the way a
 * flaky server or a cut network would, so that a browser test can prove nothing typed is lost.
 * localStorage `comptoir.demo.faults` = {"POST /api/support/tickets": ["server-error", "network"]}
 * fails the next two sends, one way each, then lets requests through again.
 */
const storageKey = 'comptoir.demo.faults';
type Fault = 'server-error' | 'network';

/** The faults asked for, or none when the setting is not a JSON object (said once in the console). */
function readFaults(text: string | null): Record<string, unknown> | null {
  if (text === null) return null;
  let faults: unknown;
  try {
    faults = JSON.parse(text);
  } catch {
    faults = undefined;
  }
  if (typeof faults === 'object' && faults !== null && !Array.isArray(faults)) return faults as Record<string, unknown>;
  console.warn(`Ignoring localStorage["${storageKey}"]: it must be a JSON object such as {"POST /api/support/tickets": ["network"]}.`);
  localStorage.removeItem(storageKey);
  return null;
}

function takeFault(method: string, pathname: string): Fault | null {
  if (typeof localStorage === 'undefined') return null;
  const faults = readFaults(localStorage.getItem(storageKey));
  if (!faults) return null;
  const key = `${method} ${pathname}`;
  const queue = faults[key];
  if (!Array.isArray(queue) || queue.length === 0) return null;
  const [next, ...rest] = queue;
  localStorage.setItem(storageKey, JSON.stringify({ ...faults, [key]: rest }));
  return next === 'network' || next === 'server-error' ? next : null;
}

/**
 * The failure a test asked for this request, taken from the setting: a cut network
 * (`Response.error()`) or a server error; null to let the request through.
 */
export function takeInjectedFault(request: Request): Response | null {
  if (!isApiRequest(request)) return null;
  const fault = takeFault(request.method, new URL(request.url).pathname);
  if (fault === 'network') return Response.error();
  if (fault === 'server-error') {
    return Response.json(
      { type: 'about:blank', title: 'Internal Server Error', status: 500, detail: 'A fault injected by a test.' },
      { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
    );
  }
  return null;
}
