/* global self, URL, importScripts -- a service worker's globals */
// The demo backend's service worker: msw's own (mockServiceWorker.js, which msw writes and keeps
// up to date), given the API's requests only. Every other request (the app's code, its styles,
// the icon the browser asks for again at each change of address) goes to the network as if no
// worker were there: it takes no round trip through the page's msw, which copies each answer
// back to the page, and the browser's HTTP and code caches serve it. The rule is the one of
// isApiRequest (mocks/http/api-path.ts).
self.addEventListener('fetch', (event) => {
  if (!new URL(event.request.url).pathname.startsWith('/api/')) event.stopImmediatePropagation();
});

importScripts('./mockServiceWorker.js');
