import type { Role } from '@/contract/common';

export type Action = 'orders:read' | 'orders:change' | 'orders:export' | 'statements:read' | 'support:write' | 'demo:reset' | 'team:manage';

// Finance works with money flows but never alters an order; support only looks
// orders up. Everyone may write to the provider's support. Only an admin may undo the team's work,
// and only an admin manages the team.
const permissions: Record<Role, ReadonlySet<Action>> = {
  admin: new Set<Action>(['orders:read', 'orders:change', 'orders:export', 'statements:read', 'support:write', 'demo:reset', 'team:manage']),
  finance: new Set<Action>(['orders:read', 'orders:export', 'statements:read', 'support:write']),
  support: new Set<Action>(['orders:read', 'support:write']),
};

export function can(role: Role, action: Action): boolean {
  return permissions[role].has(action);
}
