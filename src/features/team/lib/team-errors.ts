import type { TFunction } from 'i18next';
import type { MemberState, TeamMember } from '@/contract/team';
import { isApiError } from '@/lib/api-error';

/** The refusals of the team rules, by the slug of the problem's type. */
const conflicts = {
  'own-account': 'errors.ownAccount',
  'last-admin': 'errors.lastAdmin',
  'already-in-team': 'errors.alreadyInTeam',
  'address-taken': 'errors.addressTaken',
} as const;

export function conflictOf(error: unknown): keyof typeof conflicts | null {
  if (!isApiError(error, 'conflict')) return null;
  const slug = error.problem?.type.split('/').at(-1);
  return slug && Object.hasOwn(conflicts, slug) ? (slug as keyof typeof conflicts) : null;
}

/** The sentence a refused change to the team shows, in the user's words. */
export function teamErrorMessage(error: unknown, t: TFunction<'team'>): string {
  const conflict = conflictOf(error);
  if (conflict) return t(conflicts[conflict]);
  // Any other conflict: the user's state moved on since the list was drawn.
  if (isApiError(error, 'conflict')) return t('errors.changed');
  if (isApiError(error, 'forbidden')) return t('errors.forbidden');
  if (isApiError(error, 'not-found')) return t('errors.notFound');
  if (isApiError(error, 'network')) return t('errors.network');
  if (isApiError(error, 'storage-full')) return t('errors.storageFull');
  return t('errors.generic');
}

/** What to do instead of inviting an address the team already has, by where its member stands. */
const alreadyInTeamBecause = {
  invited: 'errors.alreadyInvited',
  active: 'errors.alreadyActive',
  deactivated: 'errors.alreadyDeactivated',
} as const satisfies Record<MemberState, string>;

/**
 * The sentence an invitation refused as "already in the team" shows, once the member with that
 * address is known from the list on screen; the list may not have them yet (added in another tab).
 */
export function alreadyInTeamMessage(member: TeamMember | undefined, t: TFunction<'team'>): string {
  return t(member ? alreadyInTeamBecause[member.state] : 'errors.alreadyInTeam');
}
