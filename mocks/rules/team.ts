import type { Role } from '@/contract/common';
import type { MemberState } from '@/contract/team';

export interface Member {
  id: string;
  role: Role;
  state: MemberState;
}

export type TeamChange = { kind: 'role'; role: Role } | { kind: 'deactivate' } | { kind: 'reactivate' } | { kind: 'resend' };

export type TeamRefusal = 'own-account' | 'last-admin' | 'deactivated' | 'already-deactivated' | 'not-deactivated' | 'not-invited';

const isActiveAdmin = (member: Member) => member.role === 'admin' && member.state === 'active';

/**
 * Why `actorId` may not make `change` to `target`, or null when they may. An admin never changes
 * their own role or deactivates themself, and a team always keeps one active admin. A deactivated
 * user is reactivated before their role changes, as the team page offers them nothing else.
 */
export function teamChangeRefusal(actorId: string, target: Member, change: TeamChange, team: readonly Member[]): TeamRefusal | null {
  switch (change.kind) {
    case 'role':
    case 'deactivate': {
      if (target.state === 'deactivated') return change.kind === 'deactivate' ? 'already-deactivated' : 'deactivated';
      if (target.id === actorId) return 'own-account';
      const losesAdmin = change.kind === 'deactivate' || change.role !== 'admin';
      const otherAdmins = team.filter((member) => member.id !== target.id && isActiveAdmin(member));
      return isActiveAdmin(target) && losesAdmin && otherAdmins.length === 0 ? 'last-admin' : null;
    }
    case 'reactivate':
      return target.state === 'deactivated' ? null : 'not-deactivated';
    case 'resend':
      return target.state === 'invited' ? null : 'not-invited';
  }
}
