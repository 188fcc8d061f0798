import { http, HttpResponse } from 'msw';
import { merchantTimeZone } from '@/contract/common';
import { passwordResetBodySchema, passwordResetRequestSchema, type PasswordReset } from '@/contract/session';
import { findMerchant } from '../db/accounts';
import { currentStore } from '../db/store';
import { contractBody, required } from '../http/contract-body';
import { logActivity } from '../http/activity';
import { prepareLink, sendLink, usableLink } from '../http/links';
import { checkNewPasswordBody, refuseFieldErrors } from '../http/passwords';
import { answer, ProblemError } from '../http/problem';
import { readBody, readJsonObject } from '../http/validate';
import { now } from '../rules/clock';
import { messageLanguage, passwordResetMessage } from '../rules/outbox-messages';
import { noFailures } from '../rules/sign-in-lockout';
import { hashPassword, tokenDigest } from '../rules/secrets';

export const passwordResetRequestBody = contractBody(passwordResetRequestSchema, {
  email: { ...required('Enter your e-mail address.'), invalid_format: 'Enter a valid e-mail address.' },
});

export const passwordResetBody = contractBody(passwordResetBodySchema, {
  password: { too_small: 'Use at least 12 characters.', too_big: 'Use at most 128 characters.', invalid_type: 'Enter a new password.' },
});

const unusable = 'This link does not work any more: it was used, it has expired, or a newer one was sent. Ask for a new one.';

export const passwordResets = [
  // The same answer whether or not the address is an account's: nobody learns which addresses are.
  http.post('*/api/password-resets', ({ request }) =>
    answer(async () => {
      const { email } = await readBody(request, passwordResetRequestBody);
      const prepared = await prepareLink();
      const language = messageLanguage(request.headers.get('Accept-Language'));
      const at = now();
      await currentStore().write((context) => {
        const user = context.db.users.userByEmail(email);
        const merchant = user && findMerchant(user.merchantId);
        if (!user || user.state !== 'active' || !merchant) return;
        const timeZone = merchantTimeZone(merchant.country);
        sendLink(context, { prepared, purpose: 'password-reset', user, now: at, text: (expiresAt) => passwordResetMessage({ expiresAt, timeZone }, language) });
      });
      return new HttpResponse(null, { status: 202 });
    }),
  ),

  http.get('*/api/password-resets/:token', ({ params }) =>
    answer(async () => {
      const digest = await tokenDigest(String(params.token));
      const found = await currentStore().read((db) => usableLink(db, digest, 'password-reset', now(), 'active'));
      if (!found) throw new ProblemError(404, unusable);
      return HttpResponse.json({ email: found.user.email, expiresAt: found.link.expiresAt } satisfies PasswordReset);
    }),
  ),

  // Works once: the user's sessions end, and the failed sign-ins of the address are forgotten.
  http.post('*/api/password-resets/:token/complete', ({ request, params }) =>
    answer(async () => {
      const input = await readJsonObject(request);
      const digest = await tokenDigest(String(params.token));
      const at = now();
      const link = await currentStore().read((db) => usableLink(db, digest, 'password-reset', at, 'active'));
      if (!link) throw new ProblemError(404, unusable);
      const { data, errors, refusal } = checkNewPasswordBody(passwordResetBody, input, 'password', { email: link.user.email });
      refuseFieldErrors(errors, refusal);
      const hash = await hashPassword(data!.password);
      await currentStore().write((context) => {
        const { db, record } = context;
        // Checked again in the write: of two uses at once, one wins.
        const found = usableLink(db, digest, 'password-reset', at, 'active');
        if (!found) throw new ProblemError(404, unusable);
        logActivity(context, found.user.merchantId, found.user, { kind: 'password-reset', mode: null, subject: found.user.email }, at);
        record({ kind: 'user', user: { ...found.user, password: hash } });
        record({ kind: 'link', link: { ...found.link, usedAt: at } });
        for (const session of db.sessionsOf(found.user.email)) record({ kind: 'session-deleted', token: session.token });
        if (db.users.failedSignIns(found.user.email) !== noFailures) record({ kind: 'failed-sign-ins', email: found.user.email, state: noFailures });
      });
      return new HttpResponse(null, { status: 204 });
    }),
  ),
];
