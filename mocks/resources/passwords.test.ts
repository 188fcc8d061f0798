import { setNow } from '../rules/clock';
import { apiBase, call, signIn } from '../testing/api-client';
import { problemOf } from '../testing/order-calls';
import { now, resetSmallBackend } from '../testing/small-backend';
import { invite, linkTokenFor, outbox, post, signInWith } from '../testing/team-calls';

const later = (minutes: number) => setNow(new Date(Date.parse(now) + minutes * 60_000).toISOString());

beforeEach(() => resetSmallBackend());

describe('too many failed sign-ins', () => {
  it('lock an address for 15 minutes after five, saying so the same way for an unknown address', async () => {
    for (const email of ['finance@atelier-lumiere.example', 'nobody@atelier-lumiere.example']) {
      for (let attempt = 1; attempt <= 4; attempt += 1) expect((await signInWith(email, 'wrong-password')).status).toBe(401);
      const fifth = await signInWith(email, 'wrong-password');
      expect(fifth.status).toBe(429);
      expect(fifth.headers.get('Retry-After')).toBe('900');
      expect(await problemOf(fifth)).toMatchObject({ status: 429, detail: 'Too many attempts. Try again in 15 minutes.', retryAfterMinutes: 15 });
    }
    // Even the right password waits for the lock to end.
    later(14);
    const locked = await signInWith('finance@atelier-lumiere.example', 'demo-password');
    expect(await problemOf(locked)).toMatchObject({ status: 429, detail: 'Too many attempts. Try again in 1 minute.' });
    later(15);
    expect((await signInWith('finance@atelier-lumiere.example', 'demo-password')).status).toBe(201);
  });

  it('count only failures: signing in well many times, or once between failures, locks nothing', async () => {
    for (let attempt = 0; attempt < 20; attempt += 1) await signIn('support');
    for (let round = 0; round < 3; round += 1) {
      for (let attempt = 0; attempt < 4; attempt += 1) await signInWith('support@atelier-lumiere.example', 'wrong-password');
      expect((await signInWith('support@atelier-lumiere.example', 'demo-password')).status).toBe(201);
    }
  });

  it('lock one address, not the others', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) await signInWith('finance@atelier-lumiere.example', 'wrong-password');
    expect((await signInWith('admin@atelier-lumiere.example', 'demo-password')).status).toBe(201);
  });
});

describe('POST /api/session/password', () => {
  const change = (token: string | undefined, body: unknown) => post('/session/password', { token, body });

  it('is refused without a session (401)', async () => {
    expect((await change(undefined, { currentPassword: 'demo-password', newPassword: 'lantern-orchard-42' })).status).toBe(401);
  });

  it.each(['admin', 'finance', 'support', 'bergblick'] as const)('lets %s change their own password, and ends their other sessions', async (account) => {
    const token = await signIn(account);
    const other = await signIn(account);
    expect((await change(token, { currentPassword: 'demo-password', newPassword: 'lantern-orchard-42' })).status).toBe(204);
    expect((await call('/session', { token, mode: null })).status).toBe(200);
    expect((await call('/session', { token: other, mode: null })).status).toBe(401);
    const email = (await (await call('/session', { token, mode: null })).json()) as { user: { email: string } };
    expect((await signInWith(email.user.email, 'demo-password')).status).toBe(401);
    expect((await signInWith(email.user.email, 'lantern-orchard-42')).status).toBe(201);
  });

  it('names a wrong current password and a refused new one together (422), changing nothing', async () => {
    const token = await signIn('finance');
    const response = await change(token, { currentPassword: 'not-it', newPassword: 'password1234' });
    expect(await problemOf(response)).toMatchObject({
      status: 422,
      errors: { currentPassword: ['The current password is not right.'], newPassword: ['This password is among the most common ones: choose one that is harder to guess.'] },
      passwordRefusal: 'common',
    });
    const short = await change(token, { currentPassword: 'demo-password', newPassword: 'too-short' });
    expect(await problemOf(short)).toMatchObject({ errors: { newPassword: ['Use at least 12 characters.'] }, passwordRefusal: 'too-short' });
    expect((await signInWith('finance@atelier-lumiere.example', 'demo-password')).status).toBe(201);
  });

  it('refuses a new password that holds the address, or is the current one (422), saying which rule', async () => {
    const token = await signIn('finance');
    const holdsName = await change(token, { currentPassword: 'demo-password', newPassword: 'Finance-lantern-42' });
    expect(await problemOf(holdsName)).toMatchObject({
      errors: { newPassword: ['Leave your e-mail address, and the name before its @, out of your password.'] },
      passwordRefusal: 'contains-email',
    });
    expect((await change(token, { currentPassword: 'demo-password', newPassword: 'lantern-orchard-42' })).status).toBe(204);
    const same = await change(token, { currentPassword: 'lantern-orchard-42', newPassword: 'lantern-orchard-42' });
    expect(await problemOf(same)).toMatchObject({ errors: { newPassword: ['This is your current password: choose a new one.'] }, passwordRefusal: 'same-as-current' });
    // Typed as the current one, but that is wrong: the wrong current password is what is said.
    const wrongCurrent = await problemOf(await change(token, { currentPassword: 'orchard-lantern-24', newPassword: 'orchard-lantern-24' }));
    expect(wrongCurrent.errors).toEqual({ currentPassword: ['The current password is not right.'] });
    expect(wrongCurrent.passwordRefusal).toBeUndefined();
  });

  it('counts a wrong current password as a failed sign-in: an open session gives no more guesses than the sign-in page', async () => {
    const token = await signIn('support');
    const guess = () => change(token, { currentPassword: 'not-it', newPassword: 'lantern-orchard-42' });
    for (let attempt = 1; attempt <= 4; attempt += 1) expect((await guess()).status).toBe(422);
    expect(await problemOf(await guess())).toMatchObject({ status: 429, detail: 'Too many attempts. Try again in 15 minutes.' });
    // The right one waits for the lock to end, on this form as on the sign-in page.
    expect((await change(token, { currentPassword: 'demo-password', newPassword: 'lantern-orchard-42' })).status).toBe(429);
    expect((await signInWith('support@atelier-lumiere.example', 'demo-password')).status).toBe(429);
    later(15);
    expect((await change(token, { currentPassword: 'demo-password', newPassword: 'lantern-orchard-42' })).status).toBe(204);
  });

  it('clears the count of failures once the password asked again is right, as a sign-in does', async () => {
    const token = await signIn('support');
    const guess = (currentPassword: string) => change(token, { currentPassword, newPassword: 'lantern-orchard-42' });
    for (let attempt = 1; attempt <= 4; attempt += 1) expect((await guess('not-it')).status).toBe(422);
    expect((await guess('demo-password')).status).toBe(204);
    // Four more mistakes are four, not eight: the address is not locked.
    for (let attempt = 1; attempt <= 4; attempt += 1) expect((await signInWith('support@atelier-lumiere.example', 'wrong-password')).status).toBe(401);
    expect((await signInWith('support@atelier-lumiere.example', 'lantern-orchard-42')).status).toBe(201);
  });

  it("counts a wrong password confirming a payout account's change the same way", async () => {
    const token = await signIn('admin');
    const body = { accountHolder: 'Atelier Lumière SRL', iban: 'BE68 5390 0754 7034', currentPassword: 'not-it' };
    const save = () => call('/account/payout-account', { token, mode: null, method: 'PUT', body: JSON.stringify(body) });
    for (let attempt = 1; attempt <= 4; attempt += 1) expect((await save()).status).toBe(422);
    expect((await save()).status).toBe(429);
    expect((await signInWith('admin@atelier-lumiere.example', 'demo-password')).status).toBe(429);
  });
});

describe('password resets', () => {
  const request = (email: string) => post('/password-resets', { body: { email } });

  it('answer 202 alike for an account and for an unknown address; only the account gets a link', async () => {
    expect((await request('finance@atelier-lumiere.example')).status).toBe(202);
    expect((await request('nobody@atelier-lumiere.example')).status).toBe(202);
    const messages = await outbox();
    expect(messages.map((message) => [message.kind, message.to])).toEqual([['password-reset', 'finance@atelier-lumiere.example']]);
    expect(messages[0]).toMatchObject({ subject: 'Reset your Comptoir password', link: expect.stringMatching(/^\/reset-password\/[0-9a-f]{64}$/) });
  });

  it('set a new password once, within the hour, ending every session and the address’s lock', async () => {
    const session = await signIn('finance');
    for (let attempt = 0; attempt < 5; attempt += 1) await signInWith('finance@atelier-lumiere.example', 'wrong-password');
    await request('finance@atelier-lumiere.example');
    const token = await linkTokenFor('finance@atelier-lumiere.example', 'password-reset');
    const link = await call(`/password-resets/${token}`, { mode: null });
    expect(await link.json()).toEqual({ email: 'finance@atelier-lumiere.example', expiresAt: '2026-11-24T14:45:00.000Z' });

    expect((await post(`/password-resets/${token}/complete`, { body: { password: 'password1234' } })).status).toBe(422);
    const holdsAddress = await post(`/password-resets/${token}/complete`, { body: { password: 'finance@atelier-lumiere.example' } });
    expect(await problemOf(holdsAddress)).toMatchObject({ status: 422, passwordRefusal: 'contains-email' });
    expect((await post(`/password-resets/${token}/complete`, { body: { password: 'lantern-orchard-42' } })).status).toBe(204);
    expect((await call('/session', { token: session, mode: null })).status).toBe(401);
    expect((await signInWith('finance@atelier-lumiere.example', 'lantern-orchard-42')).status).toBe(201);

    // Used once: the same link is unknown now.
    expect((await call(`/password-resets/${token}`, { mode: null })).status).toBe(404);
    expect((await post(`/password-resets/${token}/complete`, { body: { password: 'another-secret-77' } })).status).toBe(404);
  });

  it('expire after an hour by the backend’s clock', async () => {
    await request('support@atelier-lumiere.example');
    const token = await linkTokenFor('support@atelier-lumiere.example', 'password-reset');
    later(59);
    expect((await call(`/password-resets/${token}`, { mode: null })).status).toBe(200);
    later(60);
    expect((await call(`/password-resets/${token}`, { mode: null })).status).toBe(404);
    expect((await post(`/password-resets/${token}/complete`, { body: { password: 'lantern-orchard-42' } })).status).toBe(404);
  });

  it('are unknown for a made-up token (404), and refuse invalid bodies (400, 415, 422)', async () => {
    expect((await call('/password-resets/not-a-token', { mode: null })).status).toBe(404);
    await request('support@atelier-lumiere.example');
    const token = await linkTokenFor('support@atelier-lumiere.example', 'password-reset');
    expect((await call(`/password-resets/${token}/complete`, { method: 'POST', mode: null, body: '{' })).status).toBe(400);
    const plain = await fetch(`${apiBase}/password-resets/${token}/complete`, { method: 'POST', body: 'x', headers: { 'Content-Type': 'text/plain' } });
    expect(plain.status).toBe(415);
    expect((await post(`/password-resets/${token}/complete`, { body: {} })).status).toBe(422);
    expect((await post('/password-resets', { body: { email: 'not an address' } })).status).toBe(422);
  });

  it('send no link to a deactivated user', async () => {
    await post('/team/members/user-3333-3/deactivate', { token: await signIn() });
    await request('support@atelier-lumiere.example');
    expect(await outbox()).toEqual([]);
  });
});

describe('invitations', () => {
  it('tell the invitee what they join, then work once to set a name and a password', async () => {
    const member = await invite(await signIn(), 'emma@atelier-lumiere.example', 'finance');
    const token = await linkTokenFor(member.email, 'invitation');
    const opened = await call(`/invitations/${token}`, { mode: null });
    expect(await opened.json()).toEqual({
      email: 'emma@atelier-lumiere.example',
      role: 'finance',
      merchantName: 'Atelier Lumière',
      invitedBy: 'Nathalie Dubois',
      expiresAt: '2026-12-01T13:45:00.000Z',
    });

    const refused = await post(`/invitations/${token}/accept`, { body: { name: ' ', password: 'demo-password' } });
    expect((await problemOf(refused)).errors).toEqual({
      name: ['Enter your name.'],
      password: ['This password is among the most common ones: choose one that is harder to guess.'],
    });
    const holdsName = await post(`/invitations/${token}/accept`, { body: { name: 'Emma Peeters', password: 'emma-lantern-orchard' } });
    expect(await problemOf(holdsName)).toMatchObject({ passwordRefusal: 'contains-email' });
    const accepted = await post(`/invitations/${token}/accept`, { body: { name: 'Emma Peeters', password: 'lantern-orchard-42' } });
    expect(await accepted.json()).toEqual({ email: 'emma@atelier-lumiere.example' });
    expect((await post(`/invitations/${token}/accept`, { body: { name: 'Someone Else', password: 'another-secret-77' } })).status).toBe(404);
    expect((await signInWith('emma@atelier-lumiere.example', 'lantern-orchard-42')).status).toBe(201);
  });

  it('expire after seven days by the backend’s clock', async () => {
    const admin = await signIn();
    const member = await invite(admin, 'emma@atelier-lumiere.example');
    const token = await linkTokenFor(member.email, 'invitation');
    later(7 * 24 * 60);
    expect((await call(`/invitations/${token}`, { mode: null })).status).toBe(404);
    const team = (await (await call('/team/members', { token: admin, mode: null })).json()) as { items: { email: string; invitation: unknown }[] };
    expect(team.items.find((item) => item.email === member.email)?.invitation).toEqual({ expiresAt: '2026-12-01T13:45:00.000Z', expired: true });
  });

  it('keep no password or token in clear in what is recorded', async () => {
    const member = await invite(await signIn(), 'emma@atelier-lumiere.example');
    const token = await linkTokenFor(member.email, 'invitation');
    await post(`/invitations/${token}/accept`, { body: { name: 'Emma Peeters', password: 'lantern-orchard-42' } });
    const { currentStore } = await import('../db/store');
    const recorded = JSON.stringify(await currentStore().read((db) => db.snapshot(Date.now()).filter((entry) => entry.kind === 'user' || entry.kind === 'link')));
    expect(recorded).toContain('emma@atelier-lumiere.example');
    expect(recorded).not.toContain('lantern-orchard-42');
    expect(recorded).not.toContain(token);
  });
});
