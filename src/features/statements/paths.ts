/**
 * The app's addresses of statements, for links and navigation; the router keeps the route patterns.
 * Free of imports, so that the app's shell can link here without loading the feature.
 */
export const statementPaths = {
  list: () => '/statements',
  detail: (week: string) => `/statements/${encodeURIComponent(week)}`,
};
