/**
 * The app's address of the support page, for links and navigation; the router keeps the route pattern.
 * Free of imports, so that the app's shell can link here without loading the feature.
 */
export const supportPaths = {
  /** With `order`, the form starts as a request about that order (the page reads `?order=`). */
  page: ({ order }: { order?: string } = {}) => (order ? `/support?${new URLSearchParams({ order })}` : '/support'),
};
