/**
 * The app's addresses of the account's settings pages, for links and navigation; the router keeps
 * the route patterns. Free of imports, so that the app's shell can link here without loading the feature.
 */
export const accountPaths = {
  /** The settings, opening on their first page. */
  settings: () => '/settings',
  billingDetails: () => '/settings/billing-details',
  payoutAccount: () => '/settings/payout-account',
  credentials: () => '/settings/credentials',
};
