import { modeHeader, type Mode } from '@/contract/common';

// Handler tests call the API the way the app does: fetch through msw/node.
export const apiBase = 'http://localhost/api';

export const accounts = {
  admin: 'admin@atelier-lumiere.example',
  finance: 'finance@atelier-lumiere.example',
  support: 'support@atelier-lumiere.example',
  bergblick: 'admin@bergblick.example',
} as const;

interface CallOptions {
  token?: string;
  mode?: Mode | null;
  method?: string;
  body?: string;
  headers?: Record<string, string>;
}

export function call(path: string, { token, mode = 'live', method = 'GET', body, headers: extra }: CallOptions = {}): Promise<Response> {
  const headers = new Headers(extra);
  if (token) headers.set('Authorization', `Bearer ${token}`);
  if (mode) headers.set(modeHeader, mode);
  if (body !== undefined) headers.set('Content-Type', 'application/json');
  return fetch(`${apiBase}${path}`, { method, headers, body });
}

/**
 * Passes the security check of the signed-in admin's merchant at once (the demo's shortcut), which
 * opens its live world: Bergblick has not passed it in the seed.
 */
export async function passSecurityCheck(token: string): Promise<void> {
  const response = await call('/demo/security-check/pass', { token, method: 'POST', mode: null });
  if (response.status !== 200) throw new Error(`Passing the security check answered ${response.status}`);
}

export async function signIn(account: keyof typeof accounts = 'admin'): Promise<string> {
  const response = await call('/session', {
    method: 'POST',
    body: JSON.stringify({ email: accounts[account], password: 'demo-password' }),
  });
  const { token } = (await response.json()) as { token: string };
  return token;
}
