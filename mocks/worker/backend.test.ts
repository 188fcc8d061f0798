import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryStore, installStore } from '../db/store';
import { backendHandlers } from '../handlers';
import { respond } from '../http/respond';
import { setToday } from '../rules/clock';
import type { DemoConfig } from '../config';
import { createBackendServer, type Backend, type Port } from './backend';
import { connectBackend, type BackendConnection, type PagePort } from './connection';

// The page and the backend worker over real message ports, as two tabs meet one SharedWorker.

const config: DemoConfig = { seed: 1, ordersPerWorld: 40, today: '2026-11-24' };
const opened: DemoConfig[] = [];
const ports: MessagePort[] = [];

const realBackend: Backend = {
  open(settings) {
    opened.push(settings);
    setToday(settings.today);
    installStore(memoryStore({ seed: settings.seed, ordersPerWorld: settings.ordersPerWorld }));
    return Promise.resolve({ keptInTabOnly: false });
  },
  respond: (request) => respond(backendHandlers, request),
};

function tab(serve: (port: Port) => void, settings = config): BackendConnection {
  const { port1, port2 } = new MessageChannel();
  ports.push(port1, port2);
  serve(port1 as unknown as Port);
  return connectBackend(port2 as unknown as PagePort, settings);
}

const api = (path: string, init: RequestInit = {}) => new Request(`http://localhost/api${path}`, init);
const signInRequest = () =>
  api('/session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'admin@atelier-lumiere.example', password: 'demo-password' }),
  });

afterEach(() => {
  for (const port of ports.splice(0)) port.close();
  opened.length = 0;
});

describe('the backend worker', () => {
  it('opens the database once for pages with the same settings, and they share it', async () => {
    const serve = createBackendServer(realBackend);
    const first = tab(serve);
    const second = tab(serve);
    await Promise.all([first.ready, second.ready]);
    expect(opened).toEqual([config]);

    const signedIn = await first.send(signInRequest());
    expect(signedIn.status).toBe(201);
    const { token } = (await signedIn.json()) as { token: string };

    // What one tab wrote, the other reads: a session created in the first is valid in the second.
    const session = await second.send(api('/session', { headers: { Authorization: `Bearer ${token}` } }));
    expect(session.status).toBe(200);
    expect(await session.json()).toMatchObject({ user: { email: 'admin@atelier-lumiere.example' } });

    const signedOut = await second.send(api('/session', { method: 'DELETE', headers: { Authorization: `Bearer ${token}` } }));
    expect(signedOut.status).toBe(204);
    expect(await signedOut.text()).toBe('');
    expect((await first.send(api('/session', { headers: { Authorization: `Bearer ${token}` } }))).status).toBe(401);
  });

  it('passes the status, headers and problem body of a refusal through unchanged', async () => {
    const page = tab(createBackendServer(realBackend));
    await page.ready;
    const answer = await page.send(api('/nowhere'));
    expect(answer.status).toBe(404);
    expect(answer.headers.get('Content-Type')).toBe('application/problem+json');
    expect(await answer.json()).toMatchObject({ status: 404, title: 'Not found' });
  });

  it('reopens the database for everyone when a page starts with other settings', async () => {
    const serve = createBackendServer(realBackend);
    await tab(serve).ready;
    const other = { ...config, seed: 2 };
    await tab(serve, other).ready;
    expect(opened).toEqual([config, other]);
  });

  it('hands the handlers a request that carries cookies only when the page sent it with them', async () => {
    const credentials: RequestCredentials[] = [];
    const recording: Backend = {
      ...realBackend,
      respond(request) {
        credentials.push(request.credentials);
        return realBackend.respond(request);
      },
    };
    const page = tab(createBackendServer(recording));
    await page.ready;
    await page.send(api('/session', { credentials: 'omit' }));
    await page.send(api('/session', { credentials: 'include' }));
    expect(credentials).toEqual(['omit', 'include']);
  });

  it('answers a network error where the handlers cut the connection', async () => {
    const page = tab(createBackendServer({ ...realBackend, respond: () => Promise.resolve(Response.error()) }));
    await page.ready;
    expect((await page.send(api('/orders'))).type).toBe('error');
  });

  it('fails the start and every waiting request when the worker cannot run', async () => {
    const silent: Backend = { open: () => new Promise(() => undefined), respond: () => new Promise(() => undefined) };
    const page = tab(createBackendServer(silent));
    const waiting = page.send(api('/orders'));
    page.fail(new Error('The demo backend could not start.'));
    await expect(page.ready).rejects.toThrow('could not start');
    await expect(waiting).rejects.toThrow('could not start');
  });

  it('passes a streamed download through whole, with the row count it announces', async () => {
    const page = tab(createBackendServer(realBackend));
    await page.ready;
    const { token } = (await (await page.send(signInRequest())).json()) as { token: string };
    const answer = await page.send(api('/exports/orders', { headers: { Authorization: `Bearer ${token}`, 'Comptoir-Mode': 'live' } }));
    expect(answer.status).toBe(200);
    expect(answer.headers.get('Comptoir-Row-Count')).toBe('40');
    const text = await answer.text();
    expect(text.split('\r\n')).toHaveLength(1 + 40 + 1);
  });
});

