import type { OutboxMessage } from '@/contract/demo';
import type { TeamMember } from '@/contract/team';
import type { Answer } from './api';
import { signIn } from './session';
import { ensure, expectProblemNaming, expectStatus, type Account, type Context } from './suite';

// The team: only an admin reads and changes it; invitations, roles, deactivation, passwords.

const newPassword = 'conformance-lantern-42';

export async function teamChecks(context: Context): Promise<void> {
  const { api, suite, admin, options, runId } = context;
  const post = (path: string, token: string | null, body?: unknown) => api.call(path, { method: 'POST', token, mode: null, body });
  const team = async (): Promise<TeamMember[]> => {
    const answer = await api.call('/team/members', { token: admin.token, mode: null });
    expectStatus(answer, 200);
    return answer.json<{ items: TeamMember[] }>().items;
  };
  const email = `conformance-${runId}@example.com`;

  await suite.check('the team lists the signed-in admin as an active admin', async () => {
    const me = (await team()).find((member) => member.email === admin.email.toLowerCase());
    ensure(me?.role === 'admin' && me.state === 'active', `${admin.email} is not listed as an active admin`);
  });

  const invited = await suite.check('an admin invites a user: 201, invited with a link valid 7 days, listed', async () => {
    const answer = await post('/team/invitations', admin.token, { email, role: 'support' });
    expectStatus(answer, 201);
    const member = answer.json<TeamMember>();
    ensure(member.state === 'invited' && member.role === 'support' && member.invitation && !member.invitation.expired, 'the answer is not an invited support user with a link');
    ensure((await team()).some((listed) => listed.id === member.id), 'the invitee is not listed');
    return member;
  });

  const others = {
    finance: await suite.check(`${options.financeEmail} signs in for the team checks`, () => signIn(api, options.financeEmail, options.password)),
    support: await suite.check(`${options.supportEmail} signs in for the team checks`, () => signIn(api, options.supportEmail, options.password)),
  };
  await suite.check('finance and support may not read or change the team (403), nor anyone signed out (401)', async () => {
    ensure(invited && others.finance && others.support, 'needs the invitation and sign-ins above');
    const calls: ((token: string | null) => Promise<Answer>)[] = [
      (token) => api.call('/team/members', { token, mode: null }),
      (token) => post('/team/invitations', token, { email: `refused-${email}`, role: 'admin' }),
      (token) => post(`/team/members/${invited.id}/role`, token, { role: 'admin' }),
      (token) => post(`/team/members/${invited.id}/deactivate`, token),
      (token) => post(`/team/members/${invited.id}/reactivate`, token),
      (token) => post(`/team/members/${invited.id}/invitation`, token),
    ];
    for (const send of calls) {
      expectStatus(await send(others.finance.token), 403);
      expectStatus(await send(others.support.token), 403);
      expectStatus(await send(null), 401);
    }
    const still = (await team()).find((member) => member.id === invited.id);
    ensure(still?.role === 'support' && still.state === 'invited', 'a refused change was applied');
  });

  await suite.check('an invitation names each invalid field (422), and an address already in the team is refused (409)', async () => {
    expectProblemNaming(await post('/team/invitations', admin.token, { email: 'not an address', role: 'owner' }), 422, ['email', 'role']);
    expectStatus(await post('/team/invitations', admin.token, { email, role: 'finance' }), 409);
  });

  await suite.check("a user's role is changed (200); an unknown role names the field (422)", async () => {
    ensure(invited, 'needs the invitation above');
    const answer = await post(`/team/members/${invited.id}/role`, admin.token, { role: 'finance' });
    expectStatus(answer, 200);
    ensure(answer.json<TeamMember>().role === 'finance', 'the role did not change');
    expectProblemNaming(await post(`/team/members/${invited.id}/role`, admin.token, { role: 'owner' }), 422, ['role']);
  });

  await suite.check('an admin may not change their own role nor deactivate themself (409); an unknown user is 404', async () => {
    const me = (await team()).find((member) => member.email === admin.email.toLowerCase());
    ensure(me, 'the admin is not listed');
    expectStatus(await post(`/team/members/${me.id}/role`, admin.token, { role: 'support' }), 409);
    expectStatus(await post(`/team/members/${me.id}/deactivate`, admin.token), 409);
    expectStatus(await post(`/team/members/no-such-user-${runId}/deactivate`, admin.token), 404);
  });

  await suite.check('deactivating an invitee withdraws the invitation; reactivating invites them again', async () => {
    ensure(invited, 'needs the invitation above');
    const deactivated = await post(`/team/members/${invited.id}/deactivate`, admin.token);
    expectStatus(deactivated, 200);
    ensure(deactivated.json<TeamMember>().state === 'deactivated', 'the invitee is not deactivated');
    const reactivated = await post(`/team/members/${invited.id}/reactivate`, admin.token);
    expectStatus(reactivated, 200);
    ensure(reactivated.json<TeamMember>().state === 'invited', 'the invitee is not invited again');
    expectStatus(await post(`/team/members/${invited.id}/invitation`, admin.token), 200);
  });

  await suite.check('unknown invitation and password reset links are 404', async () => {
    expectStatus(await api.call(`/invitations/unknown-${runId}`, { mode: null }), 404);
    expectStatus(await post(`/invitations/unknown-${runId}/accept`, null, { name: 'X', password: newPassword }), 404);
    expectStatus(await api.call(`/password-resets/unknown-${runId}`, { mode: null }), 404);
    expectStatus(await post(`/password-resets/unknown-${runId}/complete`, null, { password: newPassword }), 404);
  });

  await suite.check('a password reset is answered 202 for an unknown address too; an invalid address names the field (422)', async () => {
    expectStatus(await post('/password-resets', null, { email: `nobody-${email}` }), 202);
    expectProblemNaming(await post('/password-resets', null, { email: 'not an address' }), 422, ['email']);
  });

  await suite.check('a password change names a wrong current password and a common new one (422)', async () => {
    const answer = await post('/session/password', admin.token, { currentPassword: `${options.password}-wrong`, newPassword: 'password1234' });
    expectProblemNaming(answer, 422, ['currentPassword', 'newPassword']);
    expectStatus(await post('/session/password', null, { currentPassword: options.password, newPassword }), 401);
  });

  await suite.check('five failed sign-ins lock an address, known or not (429 with retryAfterMinutes)', async () => {
    const unknown = `lockout-${email}`;
    let last: Answer | undefined;
    for (let attempt = 0; attempt < 5; attempt += 1) last = await post('/session', null, { email: unknown, password: 'wrong-password' });
    ensure(last, 'no attempt made');
    expectStatus(last, 429);
    const minutes = last.json<{ retryAfterMinutes?: number }>().retryAfterMinutes;
    ensure(typeof minutes === 'number' && minutes > 0, 'the 429 gives no retryAfterMinutes');
  });

  await invitationFlow(context, email);
}

/** Reading the link needs the embedded backend's outbox; another server sends a real e-mail. */
async function invitationFlow({ api, suite, admin, runId }: Context, invitedEmail: string): Promise<void> {
  const outbox = await api.call('/demo/outbox', { mode: null, token: null });
  if (outbox.status !== 200) {
    suite.skip('an invitee accepts the link, signs in, and is refused once deactivated', 'the server has no demo outbox to read the link from');
    return;
  }
  const post = (path: string, token: string | null, body?: unknown) => api.call(path, { method: 'POST', token, mode: null, body });
  await suite.check('an invitee accepts the link once, signs in with the role, and their session ends when deactivated (401)', async () => {
    const message = outbox.json<{ items: OutboxMessage[] }>().items.find((item) => item.to === invitedEmail && item.kind === 'invitation');
    ensure(message, `the outbox has no invitation for ${invitedEmail}`);
    const token = message.link.split('/').at(-1)!;
    expectStatus(await api.call(`/invitations/${token}`, { mode: null }), 200);
    expectStatus(await post(`/invitations/${token}/accept`, null, { name: `Conformance ${runId.slice(0, 8)}`, password: newPassword }), 200);
    expectStatus(await post(`/invitations/${token}/accept`, null, { name: 'Again', password: newPassword }), 404);
    const invitee: Account = await signIn(api, invitedEmail, newPassword);
    ensure(invitee.role === 'finance', `the invitee signed in as ${invitee.role}, not finance`);
    expectStatus(await api.call('/orders?pageSize=1', { token: invitee.token }), 200);
    const member = (await api.call('/team/members', { token: admin.token, mode: null })).json<{ items: TeamMember[] }>().items.find((item) => item.email === invitedEmail);
    ensure(member, 'the invitee is not listed');
    expectStatus(await post(`/team/members/${member.id}/deactivate`, admin.token), 200);
    expectStatus(await api.call('/orders?pageSize=1', { token: invitee.token }), 401);
    expectStatus(await post('/session', null, { email: invitedEmail, password: newPassword }), 403);
  });
}
