import type { Role } from '@/contract/common';

/** What each role may do; the API enforces the same rules, the interface only mirrors them. */
export type Permission = 'orders:change' | 'orders:export' | 'statements:read' | 'support:write' | 'demo:reset' | 'team:manage' | 'account:read' | 'account:manage' | 'activity:read';

const grants: Record<Role, readonly Permission[]> = {
  admin: ['orders:change', 'orders:export', 'statements:read', 'support:write', 'demo:reset', 'team:manage', 'account:read', 'account:manage', 'activity:read'],
  finance: ['orders:export', 'statements:read', 'support:write', 'account:read'],
  support: ['support:write'],
};

export function can(role: Role, permission: Permission): boolean {
  return grants[role].includes(permission);
}
