import { http } from 'msw';
import { takeInjectedFault } from './faults';

/** The injected faults (./faults) as msw handlers, which answer before the backend's. */
export const faults = [http.all('*/api/*', ({ request }) => takeInjectedFault(request) ?? undefined)];
