import { http, HttpResponse } from 'msw';
import { invitationAcceptBodySchema, type AcceptedInvitation, type Invitation } from '@/contract/team';
import { findMerchant } from '../db/accounts';
import { currentStore } from '../db/store';
import { contractBody, required } from '../http/contract-body';
import { logActivity } from '../http/activity';
import { usableLink } from '../http/links';
import { checkNewPasswordBody, refuseFieldErrors } from '../http/passwords';
import { answer, ProblemError } from '../http/problem';
import { readJsonObject } from '../http/validate';
import { now } from '../rules/clock';
import { hashPassword, tokenDigest } from '../rules/secrets';

export const invitationAcceptBody = contractBody(invitationAcceptBodySchema, {
  name: { ...required('Enter your name.'), too_big: 'Use at most 100 characters.' },
  password: { too_small: 'Use at least 12 characters.', too_big: 'Use at most 128 characters.', invalid_type: 'Choose a password.' },
});

const unusable = 'This invitation does not work any more: it was used, it has expired, or it was withdrawn. Ask an admin of the team for a new one.';

// Opened signed out, by whoever holds the link: it tells only what the invitee is asked to join.
export const invitations = [
  http.get('*/api/invitations/:token', ({ params }) =>
    answer(async () => {
      const digest = await tokenDigest(String(params.token));
      const found = await currentStore().read((db) => usableLink(db, digest, 'invitation', now(), 'invited'));
      const merchant = found && findMerchant(found.user.merchantId);
      if (!found || !merchant) throw new ProblemError(404, unusable);
      const { user, link } = found;
      return HttpResponse.json({
        email: user.email,
        role: user.role,
        merchantName: merchant.name,
        invitedBy: user.invitedBy ?? merchant.name,
        expiresAt: link.expiresAt,
      } satisfies Invitation);
    }),
  ),

  http.post('*/api/invitations/:token/accept', ({ request, params }) =>
    answer(async () => {
      const input = await readJsonObject(request);
      const digest = await tokenDigest(String(params.token));
      const at = now();
      const link = await currentStore().read((db) => usableLink(db, digest, 'invitation', at, 'invited'));
      if (!link) throw new ProblemError(404, unusable);
      const { data, errors, refusal } = checkNewPasswordBody(invitationAcceptBody, input, 'password', { email: link.user.email });
      refuseFieldErrors(errors, refusal);
      const { name, password } = data!;
      const hash = await hashPassword(password);
      const email = await currentStore().write((context) => {
        const { db, record } = context;
        const found = usableLink(db, digest, 'invitation', at, 'invited');
        if (!found) throw new ProblemError(404, unusable);
        const user = { ...found.user, name, password: hash, state: 'active' as const };
        record({ kind: 'user', user });
        record({ kind: 'link', link: { ...found.link, usedAt: at } });
        logActivity(context, user.merchantId, user, { kind: 'invitation-accepted', mode: null, subject: user.email, detail: user.role }, at);
        return found.user.email;
      });
      return HttpResponse.json({ email } satisfies AcceptedInvitation);
    }),
  ),
];
