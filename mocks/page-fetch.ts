// How this tab's own API calls reach the backend worker: its `fetch`, answered on the page.
import { takeInjectedFault } from './faults';
import { isApiAddress } from './http/api-path';
import { answerFromBackend, type BackendConnection } from './worker/connection';

/** The answer, or the reason of the request's abort signal if it fires first, as `fetch` does. */
function untilAborted(answer: Promise<Response>, signal: AbortSignal): Promise<Response> {
  return new Promise((resolve, reject) => {
    const abort = () => reject(signal.reason);
    signal.addEventListener('abort', abort, { once: true });
    answer.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

/**
 * Answers the API calls this tab's own code makes (its `fetch`) straight from the backend worker,
 * at once, without the round trip through the service worker, which has to be registered and woken
 * before it answers anything. Any other request goes to the network as before. A few lines in
 * place of msw's fetch interceptor keep msw's code out of a cold load: msw, loaded once the page is
 * idle, runs the service worker's side (./service-worker-network) and the handlers in the worker.
 */
export function answerOnThePage(backend: BackendConnection): void {
  const networkFetch = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    // Told from the address alone: another request keeps its body unread for the network.
    const address = new URL(input instanceof Request ? input.url : input, globalThis.location?.href);
    if (!isApiAddress(address)) return networkFetch(input, init);
    const request = new Request(input, init);
    request.signal.throwIfAborted();
    const response = await untilAborted(
      Promise.resolve(takeInjectedFault(request) ?? answerFromBackend(backend, request)),
      request.signal,
    );
    // A cut network, injected or asked for by the backend: fetch fails as it would offline.
    if (response.type === 'error') throw new TypeError('Failed to fetch');
    return response;
  };
}
