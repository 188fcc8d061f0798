// How this tab's API requests reach the backend worker through msw: the page's own calls on the
// page, and the requests the browser makes by itself through the service worker.
import { FetchInterceptor } from '@mswjs/interceptors/fetch';
import { http } from 'msw';
import { setupWorker } from 'msw/browser';
import { defineNetwork, InterceptorSource } from 'msw/experimental';
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

// Faults a test asked for are taken on the page, where its settings are; the rest is the worker's.
const apiHandlers = (backend: BackendConnection) => [...faults, passThrough(backend)];

/**
 * Answers the API calls this tab's own code makes (its `fetch`), on the page: straight to the
 * backend worker, at once, without a round trip through the service worker, which has to be
 * registered and woken before it answers anything.
 */
export function answerOnThePage(backend: BackendConnection): void {
  defineNetwork({
    sources: [new InterceptorSource({ interceptors: [new FetchInterceptor()] })],
    handlers: apiHandlers(backend),
    onUnhandledFrame: 'bypass',
    context: { quiet: true },
  }).enable();
}

/**
 * Starts the service worker that answers the API requests the browser makes by itself, through
 * the backend worker: an API address opened in a tab or a link, outside the page's code.
 */
export async function answerThroughServiceWorker(backend: BackendConnection): Promise<void> {
  // A page loaded past its service worker (a hard reload) would be reloaded by msw to bring the
  // worker in, losing what the user has begun; its own calls are answered anyway.
  if (!navigator.serviceWorker.controller && (await navigator.serviceWorker.getRegistration())) return;
  await setupWorker(...apiHandlers(backend)).start({
    // msw's worker behind one that gives it the API's requests only (public/api-service-worker.js).
    serviceWorker: { url: `${import.meta.env.BASE_URL}api-service-worker.js` },
    onUnhandledFrame: 'bypass',
    quiet: true,
  });
}
