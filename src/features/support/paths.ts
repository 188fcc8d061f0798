/**
 * The app's addresses of the support pages, for links and navigation; the router keeps the route patterns.
 * Free of imports, so that the app's shell can link here without loading the feature.
 */
export const supportPaths = {
  /**
   * With `order`, the form starts as a request about that order (the page reads `?order=`); with
   * `topic` too, on that topic rather than the one the order's state suggests. With `statement` (an
   * ISO week), as a question about that week's statement.
   */
  page: ({ order, topic, statement }: { order?: string; topic?: string; statement?: string } = {}) => {
    const query = new URLSearchParams({ ...(order && { order }), ...(order && topic && { topic }), ...(statement && { statement }) }).toString();
    return query ? `/support?${query}` : '/support';
  },
  ticket: (ticketNumber: string) => `/support/tickets/${encodeURIComponent(ticketNumber)}`,
};
