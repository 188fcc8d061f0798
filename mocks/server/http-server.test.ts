import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startApiServer, type RunningApiServer } from './http-server';

// The real HTTP server in this process, over a journal in a temporary folder; nothing else listens.

let folder: string;
let journal: string;
let running: RunningApiServer | null = null;

async function start(options: { fresh?: boolean; seed?: number } = {}): Promise<RunningApiServer> {
  await running?.close();
  running = await startApiServer({ port: 0, data: journal, ordersPerWorld: 30, today: '2026-11-24', ...options });
  return running;
}

function call(path: string, init: { method?: string; token?: string; body?: string; headers?: Record<string, string> } = {}) {
  const headers = new Headers({ 'Comptoir-Mode': 'test', ...init.headers });
  if (init.token) headers.set('Authorization', `Bearer ${init.token}`);
  if (init.body !== undefined) headers.set('Content-Type', 'application/json');
  return fetch(`${running!.url}${path}`, { method: init.method ?? 'GET', headers, body: init.body });
}

async function signIn(): Promise<string> {
  const response = await call('/session', { method: 'POST', body: JSON.stringify({ email: 'admin@atelier-lumiere.example', password: 'demo-password' }) });
  expect(response.status).toBe(201);
  return ((await response.json()) as { token: string }).token;
}

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'comptoir-api-'));
  journal = join(folder, 'journal.jsonl');
});

afterEach(async () => {
  await running?.close();
  running = null;
  rmSync(folder, { recursive: true, force: true });
});

describe('the API over HTTP', () => {
  it('keeps a change in its journal across a restart', async () => {
    await start({ fresh: true });
    const token = await signIn();
    const list = await call('/orders?status=created&pageSize=1', { token });
    expect(list.status).toBe(200);
    const [order] = ((await list.json()) as { items: { orderNumber: string; version: number }[] }).items;
    const activated = await call(`/orders/${order!.orderNumber}/activate`, { method: 'POST', token, body: JSON.stringify({ version: order!.version }) });
    expect(activated.status).toBe(200);

    const restarted = await start();
    expect(restarted.replayed).toBeGreaterThan(0);
    // The session was journalled too, so the same token still works.
    const detail = (await (await call(`/orders/${order!.orderNumber}`, { token })).json()) as { status: string; version: number };
    expect(detail).toMatchObject({ status: 'activated', version: order!.version + 1 });
  });

  it('starts over, and says so, when the seed differs from the journal', async () => {
    await start({ fresh: true });
    await signIn();
    const reseeded = await start({ seed: 2 });
    expect(reseeded.startedOver).toMatch(/seed 1 .* seed 2/);
    expect(readFileSync(journal, 'utf8').trim().split('\n')).toHaveLength(1);
  });

  it('answers a CORS preflight and marks every answer for other origins', async () => {
    await start({ fresh: true });
    const preflight = await call('/orders', {
      method: 'OPTIONS',
      headers: { Origin: 'http://app.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBe('http://app.example');
    expect(preflight.headers.get('Access-Control-Allow-Methods')).toBe('GET, POST, PUT, DELETE, OPTIONS');
    expect(preflight.headers.get('Access-Control-Allow-Headers')).toBe('Authorization, Content-Type, Comptoir-Mode, Idempotency-Key');
    expect(preflight.headers.get('Access-Control-Max-Age')).not.toBeNull();

    const answer = await call('/session');
    expect(answer.status).toBe(401);
    expect(answer.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(answer.headers.get('Access-Control-Expose-Headers')).toBe('Allow, Content-Disposition, Comptoir-Row-Count');
  });

  it('answers a malformed body and an unknown path with a problem', async () => {
    await start({ fresh: true });
    const malformed = await call('/session', { method: 'POST', body: '{"email":' });
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get('Content-Type')).toBe('application/problem+json');
    expect(await malformed.json()).toMatchObject({ status: 400, title: expect.any(String), detail: expect.any(String) });

    const outside = await fetch(`${running!.url.replace(/\/api$/, '')}/index.html`);
    expect(outside.status).toBe(404);
    expect(await outside.json()).toMatchObject({ status: 404, type: expect.any(String), title: expect.any(String), detail: expect.any(String) });
  });

  it('refuses a method a known path does not take with 405 and the methods it takes, OPTIONS among them', async () => {
    await start({ fresh: true });
    const wrong = await call('/statements/2026-W48', { method: 'POST', body: '{}' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('Allow')).toBe('GET, HEAD, OPTIONS');
    expect(wrong.headers.get('Content-Type')).toBe('application/problem+json');
    expect(await wrong.json()).toMatchObject({ status: 405, title: 'Method not allowed', detail: '/api/statements/2026-W48 takes GET, HEAD, not POST.' });

    const head = await call('/orders/1000042/activate', { method: 'HEAD' });
    expect(head.status).toBe(405);
    expect(head.headers.get('Allow')).toBe('POST, OPTIONS');

    const unknown = await call('/no-such-endpoint', { method: 'DELETE' });
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('Allow')).toBeNull();
  });

  it('answers HEAD with the length of what GET would send', async () => {
    await start({ fresh: true });
    const token = await signIn();
    const get = await call('/orders?pageSize=3', { token });
    const length = (await get.arrayBuffer()).byteLength;
    expect(get.headers.get('Content-Length')).toBe(String(length));
    const head = await call('/orders?pageSize=3', { token, method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('Content-Length')).toBe(String(length));
    expect(head.headers.get('Content-Type')).toBe('application/json');

    // A file, and a problem, sent without a length of their own.
    for (const [path, withToken] of [['/statements/2026-W40/csv', true], ['/orders', false]] as const) {
      const got = await call(path, withToken ? { token } : {});
      const bytes = (await got.arrayBuffer()).byteLength;
      const asked = await call(path, { ...(withToken ? { token } : {}), method: 'HEAD' });
      expect(asked.status, path).toBe(got.status);
      expect(asked.headers.get('Content-Length'), path).toBe(String(bytes));
    }
  });

  it('answers 500 without the cause when a change cannot be kept', async () => {
    await start({ fresh: true });
    // The journal's folder is gone, so the session cannot be written down.
    rmSync(folder, { recursive: true, force: true });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const response = await call('/session', { method: 'POST', body: JSON.stringify({ email: 'admin@atelier-lumiere.example', password: 'demo-password' }) });
    logged.mockRestore();
    expect(response.status).toBe(500);
    expect(response.headers.get('Content-Type')).toBe('application/problem+json');
    const body = await response.text();
    expect(body).not.toMatch(/ENOENT|\bat \S+ \(/);
    expect(JSON.parse(body)).toMatchObject({ status: 500, title: expect.any(String), detail: expect.any(String) });
  });
});
