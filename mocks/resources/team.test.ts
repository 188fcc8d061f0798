import type { TeamMember } from '@/contract/team';
import { call, signIn, type accounts } from '../testing/api-client';
import { problemOf } from '../testing/order-calls';
import { resetSmallBackend } from '../testing/small-backend';
import { invite, joinedMember, linkTokenFor, outbox, post, signInWith, teamOf } from '../testing/team-calls';

const ids = { admin: 'user-3333-1', finance: 'user-3333-2', support: 'user-3333-3', bergblick: 'user-4711-1' };

type Caller = keyof typeof accounts | 'nobody';

/** The team as a refused change must leave it; signing in moves only the last sign-in. */
async function teamState(token: string) {
  return (await teamOf(token)).map(({ lastSignInAt: _signIn, ...member }) => member);
}

/** Each endpoint, what it needs prepared by the merchant's admin, and what an admin of the merchant gets. */
const endpoints: { name: string; prepare?: (admin: string) => Promise<unknown>; send: (token: string | undefined, prepared: unknown) => Promise<Response>; allowed: number }[] = [
  { name: 'GET /team/members', send: (token) => call('/team/members', { token, mode: null }), allowed: 200 },
  { name: 'POST /team/invitations', send: (token) => post('/team/invitations', { token, body: { email: 'emma@atelier-lumiere.example', role: 'support' } }), allowed: 201 },
  { name: 'POST /team/members/{id}/role', send: (token) => post(`/team/members/${ids.finance}/role`, { token, body: { role: 'support' } }), allowed: 200 },
  { name: 'POST /team/members/{id}/deactivate', send: (token) => post(`/team/members/${ids.finance}/deactivate`, { token }), allowed: 200 },
  {
    name: 'POST /team/members/{id}/reactivate',
    prepare: async (admin) => {
      const invited = await invite(admin, 'emma@atelier-lumiere.example');
      await post(`/team/members/${invited.id}/deactivate`, { token: admin });
      return invited;
    },
    send: (token, deactivated) => post(`/team/members/${(deactivated as TeamMember).id}/reactivate`, { token }),
    allowed: 200,
  },
  {
    name: 'POST /team/members/{id}/invitation',
    prepare: (admin) => invite(admin, 'emma@atelier-lumiere.example'),
    send: (token, invited) => post(`/team/members/${(invited as TeamMember).id}/invitation`, { token }),
    allowed: 200,
  },
];

describe.each(endpoints)('$name', ({ prepare, send, allowed }) => {
  beforeEach(() => resetSmallBackend());

  it.each([
    ['admin', allowed],
    ['finance', 403],
    ['support', 403],
    ['nobody', 401],
  ] as [Caller, number][])('answers %s with %i, and a refusal changes nothing', async (caller, status) => {
    const admin = await signIn();
    const prepared = await prepare?.(admin);
    const before = await teamState(admin);
    const response = await send(caller === 'nobody' ? undefined : await signIn(caller), prepared);
    expect(response.status).toBe(status);
    if (status >= 400) {
      expect(response.headers.get('Content-Type')).toBe('application/problem+json');
      expect(await teamState(admin)).toEqual(before);
    }
  });

  it("lets another merchant's admin neither see nor touch the team (404 for its users)", async () => {
    const admin = await signIn();
    const prepared = await prepare?.(admin);
    const before = await teamState(admin);
    const response = await send(await signIn('bergblick'), prepared);
    if (response.status === 404) {
      expect((await problemOf(response)).detail).toBe('There is no such user in your team.');
    } else {
      // Listing and inviting work on their own team only.
      expect(response.status).toBe(allowed);
      expect((await teamOf(await signIn('bergblick'))).map((member) => member.email)).not.toContain('finance@atelier-lumiere.example');
    }
    expect(await teamState(admin)).toEqual(before);
  });
});

describe('the team list', () => {
  beforeEach(() => resetSmallBackend());

  it("holds the merchant's users with role, state and last sign-in, by name", async () => {
    const admin = await signIn();
    await signIn('support');
    const team = await teamOf(admin);
    expect(team.map(({ name, role, state }) => [name, role, state])).toEqual([
      ['Nathalie Dubois', 'admin', 'active'],
      ['Pieter Janssens', 'finance', 'active'],
      ['Sofie Maes', 'support', 'active'],
      ['Thomas Lambert', 'admin', 'active'],
    ]);
    expect(team.find((member) => member.role === 'support')?.lastSignInAt).toEqual(expect.any(String));
    expect(team.find((member) => member.role === 'finance')?.lastSignInAt).toBeNull();
    // Part of the seeded history is his: he signed in before the seed's day, though not in the demo.
    expect(team.find((member) => member.name === 'Thomas Lambert')?.lastSignInAt).toBe('2026-11-23T05:42:00.000Z');
  });
});

describe('inviting', () => {
  beforeEach(() => resetSmallBackend());

  it('lists the invitee with a link valid seven days, sent to the outbox in the language asked for', async () => {
    const admin = await signIn();
    const response = await post('/team/invitations', {
      token: admin,
      body: { email: '  Emma@Atelier-Lumiere.example ', role: 'finance' },
      headers: { 'Accept-Language': 'nl-BE,nl;q=0.9' },
    });
    expect(response.status).toBe(201);
    const member = (await response.json()) as TeamMember;
    expect(member).toMatchObject({ name: null, email: 'emma@atelier-lumiere.example', role: 'finance', state: 'invited', lastSignInAt: null });
    expect(member.invitation).toEqual({ expiresAt: '2026-12-01T13:45:00.000Z', expired: false });
    const [message] = await outbox();
    expect(message).toMatchObject({
      kind: 'invitation',
      to: 'emma@atelier-lumiere.example',
      subject: 'Nathalie Dubois nodigt u uit bij Atelier Lumière op Comptoir',
      link: expect.stringMatching(/^\/invitations\/[0-9a-f]{64}$/),
    });
  });

  it('refuses an address already in the team or at another merchant (409), and invalid values (422)', async () => {
    const admin = await signIn();
    await invite(admin, 'emma@atelier-lumiere.example');
    for (const email of ['emma@atelier-lumiere.example', 'FINANCE@atelier-lumiere.example', 'admin@bergblick.example']) {
      const response = await post('/team/invitations', { token: admin, body: { email, role: 'support' } });
      expect(response.status).toBe(409);
    }
    const invalid = await post('/team/invitations', { token: admin, body: { email: 'not an address', role: 'owner' } });
    expect(invalid.status).toBe(422);
    expect((await problemOf(invalid)).errors).toEqual({ email: ['Enter a valid e-mail address.'], role: ['Choose admin, finance or support.'] });
  });

  it('sends a new link that replaces the first', async () => {
    const admin = await signIn();
    const member = await invite(admin, 'emma@atelier-lumiere.example');
    const first = await linkTokenFor(member.email, 'invitation');
    expect((await post(`/team/members/${member.id}/invitation`, { token: admin })).status).toBe(200);
    const second = await linkTokenFor(member.email, 'invitation');
    expect(second).not.toBe(first);
    expect((await call(`/invitations/${first}`, { mode: null })).status).toBe(404);
    expect((await call(`/invitations/${second}`, { mode: null })).status).toBe(200);
    expect((await post(`/team/members/${ids.finance}/invitation`, { token: admin })).status).toBe(409);
  });
});

describe('changing the team', () => {
  beforeEach(() => resetSmallBackend());

  it('changes a role, which applies at the user’s next call', async () => {
    const admin = await signIn();
    const finance = await signIn('finance');
    expect((await call('/statements?year=2026', { token: finance })).status).toBe(200);
    const response = await post(`/team/members/${ids.finance}/role`, { token: admin, body: { role: 'support' } });
    expect(await response.json()).toMatchObject({ id: ids.finance, role: 'support' });
    expect((await call('/statements?year=2026', { token: finance })).status).toBe(403);
  });

  it('never lets an admin change their own role, deactivate themself or leave the team without an admin (409)', async () => {
    const admin = await signIn();
    for (const response of [
      await post(`/team/members/${ids.admin}/role`, { token: admin, body: { role: 'finance' } }),
      await post(`/team/members/${ids.admin}/deactivate`, { token: admin }),
    ]) {
      expect(response.status).toBe(409);
      expect((await problemOf(response)).type).toBe('https://comptoir.example/problems/own-account');
    }
    // With a second admin, the first may go; the second may then not.
    await post(`/team/members/${ids.finance}/role`, { token: admin, body: { role: 'admin' } });
    const second = await signIn('finance');
    expect((await post(`/team/members/${ids.admin}/deactivate`, { token: second })).status).toBe(200);
    expect((await post(`/team/members/${ids.finance}/role`, { token: second, body: { role: 'support' } })).status).toBe(409);
  });

  it('ends a deactivated user’s sessions at once and refuses their sign-in, until reactivated', async () => {
    const admin = await signIn();
    const sessions = [await signIn('finance'), await signIn('finance')];
    const response = await post(`/team/members/${ids.finance}/deactivate`, { token: admin });
    expect(await response.json()).toMatchObject({ state: 'deactivated' });
    for (const token of sessions) expect((await call('/orders?pageSize=1', { token })).status).toBe(401);
    const refused = await signInWith('finance@atelier-lumiere.example', 'demo-password');
    expect(refused.status).toBe(403);
    expect((await problemOf(refused)).detail).toBe('This account was deactivated. An admin of your team can reactivate it.');
    // A wrong password says no more than for anyone else.
    expect((await signInWith('finance@atelier-lumiere.example', 'wrong-password')).status).toBe(401);

    // Nor does their role change meanwhile: the team page offers a deactivated user nothing but reactivation.
    const roleChange = await post(`/team/members/${ids.finance}/role`, { token: admin, body: { role: 'support' } });
    expect(roleChange.status).toBe(409);
    expect((await problemOf(roleChange)).detail).toBe('This user is deactivated: reactivate them before changing their role.');

    expect((await post(`/team/members/${ids.finance}/reactivate`, { token: admin })).status).toBe(200);
    expect((await signInWith('finance@atelier-lumiere.example', 'demo-password')).status).toBe(201);
  });

  it('withdraws an invitation by deactivating the invitee, and reactivating invites them again', async () => {
    const admin = await signIn();
    const member = await invite(admin, 'emma@atelier-lumiere.example');
    const withdrawn = await linkTokenFor(member.email, 'invitation');
    await post(`/team/members/${member.id}/deactivate`, { token: admin });
    expect((await call(`/invitations/${withdrawn}`, { mode: null })).status).toBe(404);

    const response = await post(`/team/members/${member.id}/reactivate`, { token: admin });
    expect(await response.json()).toMatchObject({ state: 'invited', invitation: { expired: false } });
    expect((await call(`/invitations/${await linkTokenFor(member.email, 'invitation')}`, { mode: null })).status).toBe(200);
  });

  it('answers 404 for an unknown user', async () => {
    expect((await post('/team/members/user-nobody/deactivate', { token: await signIn() })).status).toBe(404);
  });

  it('keeps accepted invitees: they sign in with their own password', async () => {
    const admin = await signIn();
    await joinedMember(admin, 'emma@atelier-lumiere.example', 'support', 'lantern-orchard-42');
    const team = await teamOf(admin);
    expect(team.find((member) => member.email === 'emma@atelier-lumiere.example')).toMatchObject({ name: 'Emma Peeters', state: 'active', invitation: null });
    const response = await signInWith('emma@atelier-lumiere.example', 'lantern-orchard-42');
    expect(await response.json()).toMatchObject({ user: { name: 'Emma Peeters', role: 'support' }, merchant: { id: '3333' } });
  });
});
