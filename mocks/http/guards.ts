import { modeHeader, type Mode, type Role } from '@/contract/common';
import { findMerchant, type Merchant } from '../db/accounts';
import type { Session } from '../db/journal';
import { currentStore } from '../db/store';
import { today } from '../rules/clock';
import { parseMode } from '../rules/modes';
import { can, type Action } from '../rules/roles';
import { securityCheckState } from '../rules/security-check';
import { ProblemError } from './problem';

/** The signed-in user as the handlers need them. */
export interface SignedInUser {
  id: string;
  name: string;
  email: string;
  role: Role;
}

export interface Caller {
  session: Session;
  user: SignedInUser;
  merchant: Merchant;
}

/** A caller of a data endpoint: signed in, allowed, and in one world. */
export interface DataCaller extends Caller {
  mode: Mode;
}

export function bearerToken(request: Request): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get('Authorization')?.trim() ?? '');
  return match?.[1] ?? null;
}

/** A live session of a user who may still sign in (a deactivated one's calls are refused at once). */
export async function requireSession(request: Request): Promise<Caller> {
  const token = bearerToken(request);
  if (token === null) throw new ProblemError(401, 'Sign in first: this call needs a session, its token sent as Authorization: Bearer <token>.');
  const found = await currentStore().read((db) => {
    const session = db.session(token, Date.now());
    return session && { session, user: db.users.userByEmail(session.email) };
  });
  const user = found?.user;
  const merchant = user && findMerchant(user.merchantId);
  if (!found || !user || user.state !== 'active' || !merchant) throw new ProblemError(401, 'Your session has ended. Please sign in again.');
  return { session: found.session, user: { id: user.id, name: user.name ?? user.email, email: user.email, role: user.role }, merchant };
}

/** A signed-in caller (401) whose role allows `action` (403, saying `refusal`), for a call outside the data worlds. */
export async function requireAllowed(request: Request, action: Action, refusal = 'Your role does not allow this.'): Promise<Caller> {
  const caller = await requireSession(request);
  if (!can(caller.user.role, action)) throw new ProblemError(403, refusal);
  return caller;
}

/** Whether the merchant has a live world yet: it opens once the security check has passed. */
export function hasLiveWorld(merchantId: string): Promise<boolean> {
  return currentStore().read((db) => securityCheckState(db.accounts.securityCheck(merchantId), today()) === 'passed');
}

const liveUnavailable = { slug: 'live-unavailable', title: 'Live data not available yet' };

/** Session first (401), then the world header (400), then the role (403), then whether the merchant has that world (403). */
export async function requireData(request: Request, action: Action): Promise<DataCaller> {
  const caller = await requireSession(request);
  const mode = parseMode(request.headers.get(modeHeader));
  if (mode === null) throw new ProblemError(400, `The ${modeHeader} header must be "test" or "live".`);
  if (!can(caller.user.role, action)) throw new ProblemError(403, 'Your role does not allow this.');
  if (mode === 'live' && !(await hasLiveWorld(caller.merchant.id))) {
    throw new ProblemError(403, 'Live data opens once your security check has passed; until then, work with test data.', { kind: liveUnavailable });
  }
  return { ...caller, mode };
}
