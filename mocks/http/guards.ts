import { modeHeader, type Mode } from '@/contract/common';
import { findMerchant, findUser, type DemoUser, type Merchant } from '../db/accounts';
import type { Session } from '../db/journal';
import { currentStore } from '../db/store';
import { today } from '../rules/clock';
import { parseMode } from '../rules/modes';
import { can, type Action } from '../rules/roles';
import { securityCheckState } from '../rules/security-check';
import { ProblemError } from './problem';

export interface Caller {
  session: Session;
  user: DemoUser;
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

export async function requireSession(request: Request): Promise<Caller> {
  const token = bearerToken(request);
  const session = token === null ? undefined : await currentStore().read((db) => db.session(token, Date.now()));
  const user = session && findUser(session.email);
  const merchant = user && findMerchant(user.merchantId);
  if (!session || !user || !merchant) throw new ProblemError(401, 'Your session has ended. Please sign in again.');
  return { session, user, merchant };
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
