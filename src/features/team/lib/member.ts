import type { TeamMember } from '@/contract/team';

/** How a member is named in sentences: by name, or by address until they give one. */
export const displayName = (member: TeamMember) => member.name ?? member.email;

export type MemberStateLabel = 'active' | 'invited' | 'invitationExpired' | 'deactivated';

export function stateLabel(member: TeamMember): MemberStateLabel {
  if (member.state === 'invited' && member.invitation?.expired) return 'invitationExpired';
  return member.state;
}
