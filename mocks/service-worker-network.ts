// How the API requests the browser makes by itself (an API address opened in a tab or a link,
// outside the page's code) reach the backend worker: through msw's service worker.
import { http } from 'msw';
import { setupWorker } from 'msw/browser';
import { faults } from './fault-handlers';
import { isApiRequest } from './http/api-path';
import { answerFromBackend, type BackendConnection } from './worker/connection';

const passThrough = (backend: BackendConnection) =>
  http.all('*/api/*', ({ request }) => (isApiRequest(request) ? answerFromBackend(backend, request) : undefined));

/** Starts the service worker, which answers through the backend worker, with a test's faults first. */
export async function answerThroughServiceWorker(backend: BackendConnection): Promise<void> {
  // A page loaded past its service worker (a hard reload) would be reloaded by msw to bring the
  // worker in, losing what the user has begun; its own calls are answered anyway.
  if (!navigator.serviceWorker.controller && (await navigator.serviceWorker.getRegistration())) return;
  await setupWorker(...faults, passThrough(backend)).start({
    // msw's worker behind one that gives it the API's requests only (public/api-service-worker.js).
    serviceWorker: { url: `${import.meta.env.BASE_URL}api-service-worker.js` },
    onUnhandledFrame: 'bypass',
    quiet: true,
  });
}
