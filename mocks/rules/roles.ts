import type { Role } from '@/contract/common';

export type Action =
  | 'orders:read'
  | 'orders:change'
  | 'orders:export'
  | 'statements:read'
  | 'support:write'
  | 'demo:reset'
  | 'team:manage'
  /** The billing details and the payout account. */
  | 'account:read'
  /** Changing them, the API keys and the security check. */
  | 'account:manage'
  /** Who changed what: the activity log. */
  | 'activity:read';

// Finance works with money flows but never alters an order; support only looks
// orders up. Everyone may write to the provider's support. Only an admin may undo the team's work,
// and only an admin manages the team. Finance reads where the money goes and how the merchant is
// invoiced; only an admin changes the account.
const permissions: Record<Role, ReadonlySet<Action>> = {
  admin: new Set<Action>(['orders:read', 'orders:change', 'orders:export', 'statements:read', 'support:write', 'demo:reset', 'team:manage', 'account:read', 'account:manage', 'activity:read']),
  finance: new Set<Action>(['orders:read', 'orders:export', 'statements:read', 'support:write', 'account:read']),
  support: new Set<Action>(['orders:read', 'support:write']),
};

export function can(role: Role, action: Action): boolean {
  return permissions[role].has(action);
}
