import type { OutboxMessage } from '@/contract/demo';
import type { LinkPurpose, OneTimeLink } from '../rules/one-time-links';
import { noFailures, stillCounts, type FailedSignIns } from '../rules/sign-in-lockout';
import type { UserEntry, UserRecord } from './user-records';
import { seededUsers } from './accounts';

/**
 * Who may sign in, the links sent to them, the messages the demo would have e-mailed and the
 * failed sign-ins per address. A reseed of the orders leaves all of it as it is.
 */
export class UserBook {
  private readonly users = new Map<string, UserRecord>();
  private readonly idsByEmail = new Map<string, string>();
  private readonly links = new Map<string, OneTimeLink>();
  private readonly messages = new Map<string, OutboxMessage>();
  private readonly failed = new Map<string, FailedSignIns>();

  constructor() {
    for (const user of seededUsers()) this.putUser(user);
  }

  apply(entry: UserEntry): void {
    switch (entry.kind) {
      case 'user':
        this.putUser(entry.user);
        return;
      case 'link':
        for (const [digest, link] of this.links) {
          if (link.userId === entry.link.userId && link.purpose === entry.link.purpose && link.usedAt === null) this.links.delete(digest);
        }
        this.links.set(entry.link.digest, entry.link);
        return;
      case 'outbox-message':
        this.messages.set(entry.message.id, entry.message);
        return;
      case 'failed-sign-ins':
        if (entry.state.failures.length === 0 && entry.state.lockedUntil === null) this.failed.delete(entry.email);
        else this.failed.set(entry.email, entry.state);
        return;
    }
  }

  /** A session was started: the user's last sign-in. */
  signedIn(email: string, at: string): void {
    const user = this.userByEmail(email);
    if (user) this.putUser({ ...user, lastSignInAt: at });
  }

  user(id: string): UserRecord | undefined {
    return this.users.get(id);
  }

  userByEmail(email: string): UserRecord | undefined {
    const id = this.idsByEmail.get(email.trim().toLowerCase());
    return id === undefined ? undefined : this.users.get(id);
  }

  team(merchantId: string): UserRecord[] {
    return [...this.users.values()].filter((user) => user.merchantId === merchantId);
  }

  link(digest: string): OneTimeLink | undefined {
    return this.links.get(digest);
  }

  /** The unused link of a user for a purpose, if one was sent (it may have expired). */
  pendingLink(userId: string, purpose: LinkPurpose): OneTimeLink | undefined {
    return [...this.links.values()].find((link) => link.userId === userId && link.purpose === purpose && link.usedAt === null);
  }

  /** Newest first. */
  outbox(): OutboxMessage[] {
    return [...this.messages.values()].reverse();
  }

  failedSignIns(email: string): FailedSignIns {
    return this.failed.get(email) ?? noFailures;
  }

  /** The entries that rebuild this book over a fresh one: links still usable and failures still counted at `now`. */
  entries(now: string): UserEntry[] {
    const at = Date.parse(now);
    return [
      ...[...this.users.values()].map((user): UserEntry => ({ kind: 'user', user })),
      ...[...this.links.values()].filter((link) => link.usedAt === null && Date.parse(link.expiresAt) > at).map((link): UserEntry => ({ kind: 'link', link })),
      ...[...this.messages.values()].map((message): UserEntry => ({ kind: 'outbox-message', message })),
      ...[...this.failed].filter(([, state]) => stillCounts(state, now)).map(([email, state]): UserEntry => ({ kind: 'failed-sign-ins', email, state })),
    ];
  }

  private putUser(user: UserRecord): void {
    this.users.set(user.id, user);
    this.idsByEmail.set(user.email, user.id);
  }
}
