import { http } from 'msw';
import { takeInjectedFault } from './faults';
import { isApiRequest } from './http/api-path';

/**
 * The injected faults (./faults) as msw handlers, which answer before the backend's. A predicate,
 * not a path pattern: a pattern throws on an address too long for it, before the backend can refuse it.
 */
export const faults = [http.all(({ request }) => isApiRequest(request), ({ request }) => takeInjectedFault(request) ?? undefined)];
