/* global self, URL, URLPattern, importScripts -- a service worker's globals */
// The demo backend's service worker: msw's own (mockServiceWorker.js, which msw writes and keeps
// up to date), given the API's requests only. Every other request (the app's code, its styles,
// the icon the browser asks for again at each change of address) goes to the network as if no
// worker were there: it takes no round trip through the page's msw, which copies each answer
// back to the page, and the browser's HTTP and code caches serve it. The rule is the one of
// isApiRequest (mocks/http/api-path.ts).

// Where the browser routes requests itself (static routing, in Chromium), it sends those others
// to the network without waking this worker: a cold load of the orders list makes some thirty of
// them, each of which would otherwise wait on a fetch event here. The fetch handler below keeps
// the rule for the browsers without routes.
self.addEventListener('install', (event) => {
  if (typeof event.addRoutes !== 'function' || typeof URLPattern !== 'function') return;
  const notTheApi = { not: { urlPattern: new URLPattern({ pathname: '/api/*' }) } };
  // A browser that has routes but not this condition keeps the fetch handler alone.
  event.waitUntil(event.addRoutes({ condition: notTheApi, source: 'network' }).catch(() => undefined));
});

self.addEventListener('fetch', (event) => {
  if (!new URL(event.request.url).pathname.startsWith('/api/')) return event.stopImmediatePropagation();
  // An API address opened in a tab that already shows one (typed over it, or reloaded) comes from
  // a document where the app does not run: msw asks that document, which cannot answer, and lets
  // the request go to the network. Without a requesting document, msw asks a tab that runs the app.
  if (event.request.mode === 'navigate') Object.defineProperty(event, 'clientId', { value: '' });
});

importScripts('./mockServiceWorker.js');
