/**
 * The app's addresses of statements, for links and navigation; the router keeps the route patterns.
 * Free of imports, so that the app's shell can link here without loading the feature.
 */
export const statementPaths = {
  list: () => '/statements',
  /** A week's statement; with `types`, only its movements of those types, as its filter shows them. */
  detail: (week: string, types: readonly string[] = []) => `/statements/${encodeURIComponent(week)}${types.length ? `?type=${types.join(',')}` : ''}`,
};
