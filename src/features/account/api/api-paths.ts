/** Where each endpoint of the account lives under the API's base URL (the contract's `endpoints` lists them). */
export const accountApiPaths = {
  billingDetails: () => '/account/billing-details',
  payoutAccount: () => '/account/payout-account',
  apiKeys: () => '/account/api-keys',
  revokeApiKey: (keyId: string) => `/account/api-keys/${encodeURIComponent(keyId)}/revoke`,
  securityCheck: () => '/account/security-check',
  // Demo build only: the embedded backend lets the review end at once.
  passSecurityCheck: () => '/demo/security-check/pass',
};
