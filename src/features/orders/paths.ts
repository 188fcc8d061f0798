/**
 * The app's addresses of orders, for links and navigation; the router keeps the route patterns.
 * Free of imports, so that the app's shell can link here without loading the feature.
 */
export const orderPaths = {
  /** The list; `query` holds its filters, sort and page as the list's own URL does. */
  list: (query?: URLSearchParams) => (query?.size ? `/orders?${query}` : '/orders'),
  detail: (orderNumber: string) => `/orders/${encodeURIComponent(orderNumber)}`,
};
