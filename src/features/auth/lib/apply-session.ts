import { z } from 'zod';
import type { Session } from '@/contract/session';
import { setLiveAvailable } from '@/lib/data-mode';
import { setSpellingRegion } from '@/lib/i18n';
import { readStored, writeStored } from '@/lib/stored-json';

// Who was last signed in in this tab; kept past a reload and past a session that ended on its own.
const lastUserKey = 'comptoir.tab-user';

/** A user as the app tells users apart: "3333/ana@example.com". */
export const userKeyOf = (session: Session) => `${session.merchant.id}/${session.user.email}`;

/** Who was last signed in in this tab, if anyone was: the page a sign-in returns to was theirs. */
export function lastUserOfThisTab(): string | null {
  return readStored(sessionStorage, lastUserKey, z.string());
}

/**
 * What each session answer sets for the pages it opens: the merchant's live world, open once its
 * security check has passed; the spelling of its region (a Swiss merchant's German has no ß); who
 * is signed in in this tab.
 */
export function applySession(session: Session): Session {
  setLiveAvailable(session.merchant.securityCheck === 'passed');
  setSpellingRegion(session.merchant.country);
  writeStored(sessionStorage, lastUserKey, userKeyOf(session));
  return session;
}

/**
 * Signed out on purpose: the pages that follow spell as their language does, whoever signs in next,
 * and an address this tab opens next is the next user's own. (A session that ends on its own, or
 * in another tab, leaves this tab's user known: the page it was on was theirs.)
 */
export function forgetSession() {
  setSpellingRegion(null);
  writeStored(sessionStorage, lastUserKey, null);
}
