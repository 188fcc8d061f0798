import type { Session } from '@/contract/session';
import { setLiveAvailable } from '@/lib/data-mode';
import { setSpellingRegion } from '@/lib/i18n';

/**
 * What each session answer sets for the pages it opens: the merchant's live world, open once its
 * security check has passed; the spelling of its region (a Swiss merchant's German has no ß).
 */
export function followLiveWorld(session: Session): Session {
  setLiveAvailable(session.merchant.securityCheck === 'passed');
  setSpellingRegion(session.merchant.country);
  return session;
}
