import { passwordResetMinutes } from '@/contract/session';
import { invitationDays } from '@/contract/team';

export type LinkPurpose = 'invitation' | 'password-reset';

/** A link sent by e-mail: kept by the digest of its token, never the token itself. */
export interface OneTimeLink {
  digest: string;
  purpose: LinkPurpose;
  userId: string;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
}

const lifetime: Record<LinkPurpose, number> = {
  invitation: invitationDays * 24 * 3_600_000,
  'password-reset': passwordResetMinutes * 60_000,
};

export function linkExpiry(purpose: LinkPurpose, now: string): string {
  return new Date(Date.parse(now) + lifetime[purpose]).toISOString();
}

export type LinkRefusal = 'unknown' | 'used' | 'expired';

/** Why a link cannot be used for `purpose` at `now`, or null when it can (once). */
export function linkRefusal(link: OneTimeLink | undefined, purpose: LinkPurpose, now: string): LinkRefusal | null {
  if (!link || link.purpose !== purpose) return 'unknown';
  if (link.usedAt !== null) return 'used';
  return Date.parse(now) < Date.parse(link.expiresAt) ? null : 'expired';
}
