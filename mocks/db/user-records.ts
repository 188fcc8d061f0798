import type { Role } from '@/contract/common';
import type { OutboxMessage } from '@/contract/demo';
import type { MemberState } from '@/contract/team';
import type { OneTimeLink } from '../rules/one-time-links';
import type { PasswordHash } from '../rules/secrets';
import type { FailedSignIns } from '../rules/sign-in-lockout';

/** Someone who may sign in to a merchant, was invited to, or was deactivated. */
export interface UserRecord {
  id: string;
  merchantId: string;
  /** Lower case; one account per address across merchants. */
  email: string;
  /** Null until an invitee gives it. */
  name: string | null;
  role: Role;
  state: MemberState;
  /** `demo`: the published demo password of a seeded account; null: none chosen yet (an invitee). */
  password: PasswordHash | 'demo' | null;
  /** Who sent the invitation, by name; null for a seeded account. */
  invitedBy: string | null;
  lastSignInAt: string | null;
}

/** The changes to accounts, each recorded whole so that replaying it twice changes nothing. */
export type UserEntry =
  | { kind: 'user'; user: UserRecord }
  /** A new link replaces any unused one of its user and purpose. */
  | { kind: 'link'; link: OneTimeLink }
  | { kind: 'outbox-message'; message: OutboxMessage }
  | { kind: 'failed-sign-ins'; email: string; state: FailedSignIns };
