import { http } from 'msw';
import { setupWorker } from 'msw/browser';
import { faults } from './faults';
import { isApiRequest } from './http/api-path';
import { problem } from './http/problem';
import type { BackendConnection } from './worker/connection';

/** Every API call goes to the worker; if the worker is gone, the app is told so in a problem, never a stack trace. */
function passThrough(backend: BackendConnection) {
  return http.all('*/api/*', async ({ request }) => {
    if (!isApiRequest(request)) return undefined;
    try {
      return await backend.send(request);
    } catch {
      return problem(503, 'The demo backend has stopped. Reload the page to start it again.');
    }
  });
}

/** Starts the service worker that answers this tab's API calls through the backend worker. */
export async function answerThroughServiceWorker(backend: BackendConnection): Promise<void> {
  // Faults a test asked for are taken here, where its settings are; the rest is the worker's.
  await setupWorker(...faults, passThrough(backend)).start({
    // msw's worker behind one that gives it the API's requests only (public/api-service-worker.js).
    serviceWorker: { url: `${import.meta.env.BASE_URL}api-service-worker.js` },
    onUnhandledFrame: 'bypass',
    quiet: true,
  });
}
