import type { OutboxMessage } from '@/contract/demo';
import type { UserRecord } from '../db/user-records';
import type { Database } from '../db/database';
import type { WriteContext } from '../db/store';
import { linkExpiry, linkRefusal, type LinkPurpose, type OneTimeLink } from '../rules/one-time-links';
import type { MessageText } from '../rules/outbox-messages';
import { randomHex, tokenDigest } from '../rules/secrets';

/** A link's token, which only the message carries, and the digest the backend keeps. */
export interface PreparedLink {
  token: string;
  digest: string;
}

/** Made before a write, which cannot wait for the digest. */
export async function prepareLink(): Promise<PreparedLink> {
  const token = randomHex(32);
  return { token, digest: await tokenDigest(token) };
}

/** Where each kind of link leads in the app. */
const appPaths: Record<LinkPurpose, (token: string) => string> = {
  invitation: (token) => `/invitations/${token}`,
  'password-reset': (token) => `/reset-password/${token}`,
};

/**
 * Records a link for `user` and the message that "sends" it to them: the demo's outbox stands in
 * for e-mail. A newer link replaces the user's unused one of the same purpose.
 */
export function sendLink(
  { record }: Pick<WriteContext, 'record'>,
  { prepared, purpose, user, now, text }: { prepared: PreparedLink; purpose: LinkPurpose; user: UserRecord; now: string; text: (expiresAt: string) => MessageText },
): OneTimeLink {
  const link: OneTimeLink = { digest: prepared.digest, purpose, userId: user.id, createdAt: now, expiresAt: linkExpiry(purpose, now), usedAt: null };
  const message: OutboxMessage = {
    id: `message-${randomHex(8)}`,
    kind: purpose,
    sentAt: now,
    to: user.email,
    ...text(link.expiresAt),
    link: appPaths[purpose](prepared.token),
  };
  record({ kind: 'link', link });
  record({ kind: 'outbox-message', message });
  return link;
}

/** The link of a token and its user, when it can be used for `purpose` at `now` by a user in `state`. */
export function usableLink(db: Database, digest: string, purpose: LinkPurpose, now: string, state: UserRecord['state']): { link: OneTimeLink; user: UserRecord } | null {
  const link = db.users.link(digest);
  const user = link && db.users.user(link.userId);
  if (!link || !user || linkRefusal(link, purpose, now) !== null || user.state !== state) return null;
  return { link, user };
}
