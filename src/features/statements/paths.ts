/**
 * The app's addresses of statements, for links and navigation; the router keeps the route patterns.
 * Free of imports, so that the app's shell can link here without loading the feature.
 */
export const statementPaths = {
  list: () => '/statements',
  /** A week's statement; with `order`, only that order's movements, as the statement's filter shows them. */
  detail: (week: string, { order }: { order?: string } = {}) => `/statements/${encodeURIComponent(week)}${order ? `?order=${encodeURIComponent(order)}` : ''}`,
};
