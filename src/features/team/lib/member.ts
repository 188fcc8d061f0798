import type { TeamMember } from '@/contract/team';

/** How a member is named in sentences: by name, or by address until they give one. */
export const displayName = (member: TeamMember) => member.name ?? member.email;

export type MemberStateLabel = 'active' | 'invited' | 'invitationExpired' | 'deactivated';

export function stateLabel(member: TeamMember): MemberStateLabel {
  if (member.state === 'invited' && member.invitation?.expired) return 'invitationExpired';
  return member.state;
}

/** Whether an admin other than the one at `email` is active: only such an admin can change that one's role. */
export function hasOtherActiveAdmin(members: readonly TeamMember[], email: string): boolean {
  return members.some((member) => member.email !== email.toLowerCase() && member.role === 'admin' && member.state === 'active');
}

/** Which existing member an address already in the team belongs to, to say what to do with them instead. */
export function memberWithAddress(members: readonly TeamMember[], email: string): TeamMember | undefined {
  const address = email.trim().toLowerCase();
  return members.find((member) => member.email === address);
}
