import type { Session } from '@/contract/session';
import { setLiveAvailable } from '@/lib/data-mode';

/** The merchant's live world is open once its security check has passed: the data mode follows each session answer. */
export function followLiveWorld(session: Session): Session {
  setLiveAvailable(session.merchant.securityCheck === 'passed');
  return session;
}
