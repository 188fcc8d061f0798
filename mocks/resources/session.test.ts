import { resetMockBackend } from '../node';
import { call, signIn } from '../testing/api-client';

beforeEach(() => resetMockBackend({ ordersPerWorld: 50, today: '2026-11-24' }));

const post = (body: string) => call('/session', { method: 'POST', body, mode: null });

describe('POST /api/session', () => {
  it('signs a demo user in with the merchant', async () => {
    const response = await post(JSON.stringify({ email: ' Finance@Atelier-Lumiere.example ', password: 'demo-password' }));
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({
      token: expect.any(String),
      user: { name: 'Pieter Janssens', email: 'finance@atelier-lumiere.example', role: 'finance' },
      merchant: { id: '3333', name: 'Atelier Lumière', country: 'BE', currency: 'EUR', securityCheck: 'passed' },
    });
  });

  it('refuses a wrong password or an unknown e-mail with the same problem', async () => {
    for (const body of [
      { email: 'admin@atelier-lumiere.example', password: 'wrong' },
      { email: 'nobody@atelier-lumiere.example', password: 'demo-password' },
    ]) {
      const response = await post(JSON.stringify(body));
      expect(response.status).toBe(401);
      expect(response.headers.get('Content-Type')).toBe('application/problem+json');
      expect(await response.json()).toMatchObject({ status: 401, detail: 'E-mail or password is incorrect.' });
    }
  });

  it('answers 400 to a body that is not JSON', async () => {
    const response = await post('email=admin');
    expect(response.status).toBe(400);
    expect(response.headers.get('Content-Type')).toBe('application/problem+json');
  });

  it('answers 422 with a message per missing or invalid field', async () => {
    const response = await post(JSON.stringify({ email: 'not-an-address' }));
    expect(response.status).toBe(422);
    const body = (await response.json()) as { errors: Record<string, string[]> };
    expect(body.errors).toEqual({ email: ['Enter a valid e-mail address.'], password: ['Enter your password.'] });
  });
});

describe('GET and DELETE /api/session', () => {
  it('returns the signed-in user until the session is deleted', async () => {
    const token = await signIn('bergblick');
    const current = await call('/session', { token, mode: null });
    expect(current.status).toBe(200);
    expect(await current.json()).toMatchObject({ token, user: { name: 'Lukas Meier', role: 'admin' }, merchant: { id: '4711', currency: 'CHF' } });

    expect((await call('/session', { token, method: 'DELETE', mode: null })).status).toBe(204);
    expect((await call('/session', { token, mode: null })).status).toBe(401);
  });

  it('answers 401 without a token or with an unknown one, saying how to authenticate and which of the two it is', async () => {
    const none = await call('/session', { mode: null });
    expect(none.status).toBe(401);
    expect(none.headers.get('WWW-Authenticate')).toBe('Bearer realm="Comptoir"');
    expect(await none.json()).toMatchObject({ detail: 'Sign in first: this call needs a session, its token sent as Authorization: Bearer <token>.' });
    const unknown = await call('/session', { token: 'made-up', mode: null });
    expect(unknown.status).toBe(401);
    expect(unknown.headers.get('WWW-Authenticate')).toBe('Bearer realm="Comptoir"');
    expect(await unknown.json()).toMatchObject({ detail: 'Your session has ended. Please sign in again.' });
  });

  it('answers 401 to signing out without a session: none, an unknown one, one already ended', async () => {
    const token = await signIn();
    expect((await call('/session', { token, method: 'DELETE', mode: null })).status).toBe(204);
    for (const again of [{}, { token: 'made-up' }, { token }]) {
      const response = await call('/session', { ...again, method: 'DELETE', mode: null });
      expect(response.status).toBe(401);
      expect(response.headers.get('Content-Type')).toBe('application/problem+json');
    }
  });

  it('ends a session after twelve hours', async () => {
    const token = await signIn();
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 12 * 3_600_000 + 1000);
      expect((await call('/session', { token, mode: null })).status).toBe(401);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('unknown API paths', () => {
  it('answer a 404 problem', async () => {
    const response = await call('/nothing-here');
    expect(response.status).toBe(404);
    expect(response.headers.get('Content-Type')).toBe('application/problem+json');
  });
});
