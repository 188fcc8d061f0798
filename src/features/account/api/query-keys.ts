// The account belongs to no data world: its keys carry none.
export const accountKeys = {
  all: ['account'] as const,
  billingDetails: () => [...accountKeys.all, 'billing-details'] as const,
  payoutAccount: () => [...accountKeys.all, 'payout-account'] as const,
  apiKeys: () => [...accountKeys.all, 'api-keys'] as const,
  securityCheck: () => [...accountKeys.all, 'security-check'] as const,
};
