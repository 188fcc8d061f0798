import type { Session } from '@/contract/session';
import { setLiveAvailable } from '@/lib/data-mode';
import { setSpellingRegion } from '@/lib/i18n';

/**
 * What each session answer sets for the pages it opens: the merchant's live world, open once its
 * security check has passed; the spelling of its region (a Swiss merchant's German has no ß).
 */
export function applySession(session: Session): Session {
  setLiveAvailable(session.merchant.securityCheck === 'passed');
  setSpellingRegion(session.merchant.country);
  return session;
}

/** Signed out: the pages that follow spell as their language does, whoever signs in next. */
export function forgetSession() {
  setSpellingRegion(null);
}
