/**
 * The app's addresses of the team's pages, for links and navigation; the router keeps the route
 * patterns. Free of imports, so that the app's shell can link here without loading the feature.
 */
export const teamPaths = {
  team: () => '/settings/team',
  /** The demo build's stand-in for e-mail: every message its backend would have sent. */
  outbox: () => '/outbox',
};
