import type { Role } from '@/contract/common';
import { statementPaths } from '@/features/statements/paths';
import { supportPaths } from '@/features/support/paths';
import { can } from '@/lib/permissions';
import { settingsSections, settingsSectionsFor } from './settings-sections';

const under = (pathname: string, section: string) => pathname === section || pathname.startsWith(`${section}/`);

/**
 * Whether `role` may open the page at `pathname`, as its route decides: a page a role is refused
 * still opens, to say so, but is no place to take a user to unasked (after signing in, say).
 */
export function mayOpen(role: Role, pathname: string): boolean {
  if (under(pathname, statementPaths.list())) return can(role, 'statements:read');
  if (under(pathname, supportPaths.page())) return can(role, 'support:write');
  if (under(pathname, '/settings')) {
    const allowed = settingsSectionsFor(role);
    const section = settingsSections.find((candidate) => under(pathname, candidate.to));
    return section ? allowed.includes(section) : allowed.length > 0;
  }
  return true;
}
