import { http, HttpResponse } from 'msw';
import type { ActivityKind } from '@/contract/activity';
import { merchantTimeZone } from '@/contract/common';
import { invitationBodySchema, roleBodySchema, type TeamMember } from '@/contract/team';
import type { UserRecord } from '../db/user-records';
import type { Database } from '../db/database';
import { lastSignInOf } from '../db/seed-account';
import { currentStore, type WriteContext } from '../db/store';
import { logActivity } from '../http/activity';
import { contractBody } from '../http/contract-body';
import { requireAllowed, type Caller } from '../http/guards';
import { prepareLink, sendLink, type PreparedLink } from '../http/links';
import { answer, ProblemError } from '../http/problem';
import { readBody } from '../http/validate';
import { now } from '../rules/clock';
import { invitationMessage, messageLanguage, type MessageLanguage } from '../rules/outbox-messages';
import { randomHex } from '../rules/secrets';
import { teamChangeRefusal, type TeamChange, type TeamRefusal } from '../rules/team';

export const invitationBody = contractBody(invitationBodySchema, {
  email: 'Enter a valid e-mail address.',
  role: 'Choose admin, finance or support.',
});

export const roleBody = contractBody(roleBodySchema, { role: 'Choose admin, finance or support.' });

const onlyAdmins = 'Only an admin manages the team.';

const refusals: Record<TeamRefusal, string> = {
  'own-account': 'You cannot change your own role or deactivate yourself: ask another admin.',
  'last-admin': 'The team needs at least one active admin: make someone else admin first.',
  deactivated: 'This user is deactivated: reactivate them before changing their role.',
  'already-deactivated': 'This user is already deactivated.',
  'not-deactivated': 'This user is not deactivated.',
  'not-invited': 'This user is not waiting for an invitation any more.',
};

function memberOf(db: Database, user: UserRecord, at: string): TeamMember {
  const pending = user.state === 'invited' ? db.users.pendingLink(user.id, 'invitation') : undefined;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    state: user.state,
    lastSignInAt: lastSignInOf(user, db.seedConfig.anchor),
    invitation: pending ? { expiresAt: pending.expiresAt, expired: Date.parse(at) >= Date.parse(pending.expiresAt) } : null,
  };
}

interface Invite {
  caller: Caller;
  prepared: PreparedLink;
  language: MessageLanguage;
  at: string;
}

function invite(context: Pick<WriteContext, 'record'>, user: UserRecord, { caller, prepared, language, at }: Invite): void {
  sendLink(context, {
    prepared,
    purpose: 'invitation',
    user,
    now: at,
    text: (expiresAt) => invitationMessage({ inviter: caller.user.name, merchant: caller.merchant.name, role: user.role, expiresAt, timeZone: merchantTimeZone(caller.merchant.country) }, language),
  });
}

/** Runs `change` on a user of the caller's team (404 for anyone else's), unless the team rules refuse it (409). */
function changeMember(
  request: Request,
  userId: string,
  change: (caller: Caller) => Promise<{
    rule: TeamChange;
    apply: (context: WriteContext, target: UserRecord, at: string) => void;
    logged: ActivityKind;
    detail?: string;
    /** What the log says the user had before the change. */
    previousDetail?: (target: UserRecord) => string;
  }>,
): Promise<Response> {
  return answer(async () => {
    const caller = await requireAllowed(request, 'team:manage', onlyAdmins);
    const { rule, apply, logged, detail, previousDetail } = await change(caller);
    const at = now();
    await currentStore().write((context) => {
      const { db } = context;
      const target = db.users.user(userId);
      if (!target || target.merchantId !== caller.merchant.id) throw new ProblemError(404, 'There is no such user in your team.');
      const refusal = teamChangeRefusal(caller.user.id, target, rule, db.users.team(caller.merchant.id));
      if (refusal) throw new ProblemError(409, refusals[refusal], { kind: { slug: refusal, title: 'Not allowed for this user' } });
      apply(context, target, at);
      const line = { kind: logged, mode: null, subject: target.email, detail: detail ?? null, previousDetail: previousDetail?.(target) ?? null };
      logActivity(context, caller.merchant.id, caller.user, line, at);
    });
    // Read once the change is applied.
    return HttpResponse.json(await currentStore().read((db) => memberOf(db, db.users.user(userId)!, at)));
  });
}

async function inviting(request: Request, caller: Caller): Promise<Omit<Invite, 'at'>> {
  return { caller, prepared: await prepareLink(), language: messageLanguage(request.headers.get('Accept-Language')) };
}

export const team = [
  http.get('*/api/team/members', ({ request }) =>
    answer(async () => {
      const caller = await requireAllowed(request, 'team:manage', onlyAdmins);
      const at = now();
      const items = await currentStore().read((db) =>
        db.users
          .team(caller.merchant.id)
          .map((user) => memberOf(db, user, at))
          .sort((a, b) => (a.name ?? a.email).localeCompare(b.name ?? b.email)),
      );
      return HttpResponse.json({ items });
    }),
  ),

  http.post('*/api/team/invitations', ({ request }) =>
    answer(async () => {
      const caller = await requireAllowed(request, 'team:manage', onlyAdmins);
      const { email, role } = await readBody(request, invitationBody);
      const sending = { ...(await inviting(request, caller)), at: now() };
      const member = await currentStore().write((context) => {
        const existing = context.db.users.userByEmail(email);
        if (existing?.merchantId === caller.merchant.id) {
          throw new ProblemError(409, 'This address is already in your team.', {
            kind: { slug: 'already-in-team', title: 'Already in the team' },
          });
        }
        if (existing) throw new ProblemError(409, 'This address already has a Comptoir account.', { kind: { slug: 'address-taken', title: 'Address taken' } });
        const user: UserRecord = {
          id: `user-${randomHex(6)}`,
          merchantId: caller.merchant.id,
          email,
          name: null,
          role,
          state: 'invited',
          password: null,
          invitedBy: caller.user.name,
          lastSignInAt: null,
        };
        context.record({ kind: 'user', user });
        invite(context, user, sending);
        logActivity(context, caller.merchant.id, caller.user, { kind: 'member-invited', mode: null, subject: email, detail: role }, sending.at);
        return user;
      });
      return HttpResponse.json(await currentStore().read((db) => memberOf(db, member, sending.at)), { status: 201 });
    }),
  ),

  http.post('*/api/team/members/:userId/role', ({ request, params }) =>
    changeMember(request, String(params.userId), async () => {
      const { role } = await readBody(request, roleBody);
      return {
        rule: { kind: 'role', role },
        apply: ({ record }, target) => record({ kind: 'user', user: { ...target, role } }),
        logged: 'member-role-changed',
        detail: role,
        previousDetail: (target) => target.role,
      };
    }),
  ),

  // Their sessions end with the change: their next call is answered 401.
  http.post('*/api/team/members/:userId/deactivate', ({ request, params }) =>
    changeMember(request, String(params.userId), () =>
      Promise.resolve({
        rule: { kind: 'deactivate' },
        apply: ({ record }, target) => record({ kind: 'user', user: { ...target, state: 'deactivated' } }),
        logged: 'member-deactivated',
      }),
    ),
  ),

  // One who never chose a password is invited again.
  http.post('*/api/team/members/:userId/reactivate', ({ request, params }) =>
    changeMember(request, String(params.userId), async (caller) => {
      const sending = await inviting(request, caller);
      return {
        rule: { kind: 'reactivate' },
        apply: (context, target, at) => {
          const user: UserRecord = { ...target, state: target.password === null ? 'invited' : 'active' };
          context.record({ kind: 'user', user });
          if (user.state === 'invited') invite(context, user, { ...sending, at });
        },
        logged: 'member-reactivated',
      };
    }),
  ),

  http.post('*/api/team/members/:userId/invitation', ({ request, params }) =>
    changeMember(request, String(params.userId), async (caller) => {
      const sending = await inviting(request, caller);
      return { rule: { kind: 'resend' }, apply: (context, target, at) => invite(context, target, { ...sending, at }), logged: 'invitation-resent' };
    }),
  ),
];
