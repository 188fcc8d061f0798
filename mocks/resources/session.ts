import { http, HttpResponse } from 'msw';
import { credentialsSchema, passwordChangeBodySchema, type Session as SessionBody } from '@/contract/session';
import { findMerchant, type Merchant } from '../db/accounts';
import type { Session } from '../db/journal';
import { currentStore } from '../db/store';
import { logActivity } from '../http/activity';
import { contractBody, required } from '../http/contract-body';
import { requireSession, type SignedInUser } from '../http/guards';
import { checkNewPasswordBody, countFailedSignIn, currentPasswordIsRight, passwordIsRight, refuseFieldErrors, refuseWhileLocked } from '../http/passwords';
import { answer, ProblemError } from '../http/problem';
import { readBody, readJsonObject } from '../http/validate';
import { now, today } from '../rules/clock';
import { hashPassword, randomHex } from '../rules/secrets';
import { securityCheckState } from '../rules/security-check';
import { noFailures } from '../rules/sign-in-lockout';

const sessionHours = 12;

export const credentialsBody = contractBody(credentialsSchema, {
  email: { ...required('Enter your e-mail address.'), invalid_format: 'Enter a valid e-mail address.' },
  password: 'Enter your password.',
});

export const passwordChangeBody = contractBody(passwordChangeBodySchema, {
  currentPassword: 'Enter your current password.',
  newPassword: { too_small: 'Use at least 12 characters.', too_big: 'Use at most 128 characters.', invalid_type: 'Enter a new password.' },
});

async function sessionBody(session: Session, user: SignedInUser, merchant: Merchant): Promise<SessionBody> {
  const securityCheck = await currentStore().read((db) => securityCheckState(db.accounts.securityCheck(merchant.id), today()));
  return {
    token: session.token,
    user: { name: user.name, email: user.email, role: user.role },
    merchant: { id: merchant.id, name: merchant.name, country: merchant.country, currency: merchant.currency, securityCheck },
  };
}

export const session = [
  http.post('*/api/session', ({ request }) =>
    answer(async () => {
      const { email, password } = await readBody(request, credentialsBody);
      const address = email.toLowerCase();
      const at = now();
      const { user, failed } = await currentStore().read((db) => ({ user: db.users.userByEmail(address), failed: db.users.failedSignIns(address) }));
      refuseWhileLocked(failed, at);
      const merchant = user && findMerchant(user.merchantId);

      if (!user || !merchant || !(await passwordIsRight(user, password))) {
        const state = await currentStore().write((context) => {
          const next = countFailedSignIn(context, address, at);
          // An address of no team belongs to no merchant's log.
          if (user && merchant) logActivity(context, merchant.id, user, { kind: 'sign-in-failed', mode: null, subject: user.email }, at);
          return next;
        });
        refuseWhileLocked(state, at);
        // One message for both mistakes, so the form does not reveal which accounts exist.
        throw new ProblemError(401, 'E-mail or password is incorrect.');
      }
      // Only someone who knows the password learns that the account exists but was deactivated.
      if (user.state !== 'active') throw new ProblemError(403, 'This account was deactivated. An admin of your team can reactivate it.');

      const started = Date.now();
      const created: Session = {
        token: randomHex(24),
        email: user.email,
        createdAt: new Date(started).toISOString(),
        expiresAt: new Date(started + sessionHours * 3_600_000).toISOString(),
      };
      await currentStore().write((context) => {
        const { db, record } = context;
        record({ kind: 'session-created', session: created });
        logActivity(context, merchant.id, user, { kind: 'signed-in', mode: null, subject: user.email });
        if (db.users.failedSignIns(address) !== noFailures) record({ kind: 'failed-sign-ins', email: address, state: noFailures });
      });
      const signedIn = { id: user.id, name: user.name ?? user.email, email: user.email, role: user.role };
      return HttpResponse.json(await sessionBody(created, signedIn, merchant), { status: 201 });
    }),
  ),

  http.get('*/api/session', ({ request }) =>
    answer(async () => {
      const caller = await requireSession(request);
      return HttpResponse.json(await sessionBody(caller.session, caller.user, caller.merchant));
    }),
  ),

  // Like every call, it needs a session: none, an unknown or an ended one is a 401 (the app
  // forgets its token either way).
  http.delete('*/api/session', ({ request }) =>
    answer(async () => {
      const { session } = await requireSession(request);
      await currentStore().write(({ db, record }) => {
        // Another tab may have ended it meanwhile.
        if (db.session(session.token, Date.now())) record({ kind: 'session-deleted', token: session.token });
      });
      return new HttpResponse(null, { status: 204 });
    }),
  ),

  // The current password proves it is the user at the keyboard; their other sessions end.
  http.post('*/api/session/password', ({ request }) =>
    answer(async () => {
      const caller = await requireSession(request);
      const input = await readJsonObject(request);
      const user = await currentStore().read((db) => db.users.user(caller.user.id));
      const current = input.currentPassword;
      const currentIsRight = typeof current === 'string' && current !== '' && (await currentPasswordIsRight(user, current));
      // The new one is compared with the current one only once that is proved.
      const owner = { email: caller.user.email, currentPassword: currentIsRight ? current : undefined };
      const { data, errors, refusal } = checkNewPasswordBody(passwordChangeBody, input, 'newPassword', owner);
      if (typeof current === 'string' && current !== '' && !currentIsRight) errors.currentPassword = ['The current password is not right.'];
      refuseFieldErrors(errors, refusal);
      const password = await hashPassword(data!.newPassword);
      await currentStore().write((context) => {
        const { db, record } = context;
        const fresh = db.users.user(caller.user.id);
        if (!fresh || fresh.state !== 'active') throw new ProblemError(401, 'Your session has ended. Please sign in again.');
        record({ kind: 'user', user: { ...fresh, password } });
        logActivity(context, caller.merchant.id, caller.user, { kind: 'password-changed', mode: null, subject: fresh.email });
        for (const other of db.sessionsOf(fresh.email)) if (other.token !== caller.session.token) record({ kind: 'session-deleted', token: other.token });
      });
      return new HttpResponse(null, { status: 204 });
    }),
  ),
];
