import { IconBuildingBank, IconHistory, IconKey, IconReceipt, IconUsers } from '@tabler/icons-react';
import type { Role } from '@/contract/common';
import { accountPaths } from '@/features/account/paths';
import { activityPaths } from '@/features/activity/paths';
import { teamPaths } from '@/features/team/paths';
import { can, type Permission } from '@/lib/permissions';

/**
 * The pages of the settings, each with what a role needs to open it and what a role refused is told:
 * the settings' own navigation and the command palette offer the same ones, so neither offers a
 * page the role is refused.
 */
export const settingsSections = [
  { id: 'billingDetails', to: accountPaths.billingDetails(), labelKey: 'settings.billingDetails', icon: IconReceipt, permission: 'account:read', forbiddenKey: 'forbidden.settings' },
  { id: 'payoutAccount', to: accountPaths.payoutAccount(), labelKey: 'settings.payoutAccount', icon: IconBuildingBank, permission: 'account:read', forbiddenKey: 'forbidden.settings' },
  { id: 'credentials', to: accountPaths.credentials(), labelKey: 'settings.credentials', icon: IconKey, permission: 'account:manage', forbiddenKey: 'forbidden.credentials' },
  { id: 'team', to: teamPaths.team(), labelKey: 'titles.team', icon: IconUsers, permission: 'team:manage', forbiddenKey: 'forbidden.team' },
  { id: 'activity', to: activityPaths.activity(), labelKey: 'titles.activity', icon: IconHistory, permission: 'activity:read', forbiddenKey: 'forbidden.activity' },
] as const satisfies readonly { id: string; to: string; labelKey: string; icon: unknown; permission: Permission; forbiddenKey: string }[];

export type SettingsSection = (typeof settingsSections)[number];

/** The settings pages the role may open; none at all without `account:read`, which the settings need. */
export function settingsSectionsFor(role: Role): SettingsSection[] {
  if (!can(role, 'account:read')) return [];
  return settingsSections.filter((section) => can(role, section.permission));
}
