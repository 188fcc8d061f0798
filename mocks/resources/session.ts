import { http, HttpResponse } from 'msw';
import { credentialsSchema, type Session as SessionBody } from '@/contract/session';
import { demoPassword, findMerchant, findUser, type DemoUser, type Merchant } from '../db/accounts';
import type { Session } from '../db/journal';
import { currentStore } from '../db/store';
import { contractBody, required } from '../http/contract-body';
import { bearerToken, requireSession } from '../http/guards';
import { answer, ProblemError } from '../http/problem';
import { readBody } from '../http/validate';
import { today } from '../rules/clock';
import { securityCheckState } from '../rules/security-check';

const sessionHours = 12;

export const credentialsBody = contractBody(credentialsSchema, {
  email: { ...required('Enter your e-mail address.'), invalid_format: 'Enter a valid e-mail address.' },
  password: 'Enter your password.',
});

function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

async function sessionBody(session: Session, user: DemoUser, merchant: Merchant): Promise<SessionBody> {
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
      const user = findUser(email);
      const merchant = user && findMerchant(user.merchantId);
      // One message for both mistakes, so the form does not reveal which accounts exist.
      if (!user || !merchant || password !== demoPassword) throw new ProblemError(401, 'E-mail or password is incorrect.');
      const now = Date.now();
      const created: Session = {
        token: newToken(),
        email: user.email,
        createdAt: new Date(now).toISOString(),
        expiresAt: new Date(now + sessionHours * 3_600_000).toISOString(),
      };
      await currentStore().write(({ record }) => record({ kind: 'session-created', session: created }));
      return HttpResponse.json(await sessionBody(created, user, merchant), { status: 201 });
    }),
  ),

  http.get('*/api/session', ({ request }) =>
    answer(async () => {
      const caller = await requireSession(request);
      return HttpResponse.json(await sessionBody(caller.session, caller.user, caller.merchant));
    }),
  ),

  // Signing out always succeeds: the client forgets its token either way.
  http.delete('*/api/session', ({ request }) =>
    answer(async () => {
      const token = bearerToken(request);
      if (token !== null) {
        await currentStore().write(({ db, record }) => {
          if (db.session(token, Date.now())) record({ kind: 'session-deleted', token });
        });
      }
      return new HttpResponse(null, { status: 204 });
    }),
  ),
];
