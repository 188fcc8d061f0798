import { answerOnThePage } from './page-fetch';
import type { BackendConnection } from './worker/connection';

// The page's fetch is replaced for the whole test file, then given back.
const networkFetch = vi.fn<typeof fetch>(async () => new Response('from the network'));
const backendSend = vi.fn<BackendConnection['send']>();
const stored = new Map<string, string>();
const originalFetch = globalThis.fetch;

beforeAll(() => {
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => stored.get(key) ?? null,
    setItem: (key: string, value: string) => void stored.set(key, value),
    removeItem: (key: string) => void stored.delete(key),
  });
  globalThis.fetch = networkFetch;
  answerOnThePage({ ready: Promise.resolve({ keptInTabOnly: false }), send: backendSend, fail: () => undefined });
});
afterAll(() => {
  globalThis.fetch = originalFetch;
  vi.unstubAllGlobals();
});
beforeEach(() => {
  stored.clear();
  networkFetch.mockClear();
  backendSend.mockReset();
});

describe("the page's own calls", () => {
  it('are answered by the backend worker, with what the page sent; other addresses go to the network', async () => {
    backendSend.mockImplementation(async (request) => Response.json({ echoed: await request.json(), method: request.method }, { status: 201 }));
    const answer = await fetch('http://localhost/api/support/tickets', { method: 'POST', body: JSON.stringify({ subject: 'Hello' }) });
    expect(answer.status).toBe(201);
    expect(await answer.json()).toEqual({ echoed: { subject: 'Hello' }, method: 'POST' });
    expect(networkFetch).not.toHaveBeenCalled();

    expect(await (await fetch('http://localhost/assets/logo.svg')).text()).toBe('from the network');
    expect(backendSend).toHaveBeenCalledTimes(1);
  });

  it('leave a request for another address whole, its body unread, to the network', async () => {
    await fetch(new Request('http://localhost/uploads', { method: 'POST', body: 'a file' }));
    const [sent] = networkFetch.mock.calls[0]!;
    expect(await (sent as Request).text()).toBe('a file');
    expect(backendSend).not.toHaveBeenCalled();
  });

  it('fail as offline when the backend or a test asks for a cut network, and answer a test’s server error', async () => {
    backendSend.mockResolvedValue(Response.error());
    await expect(fetch('http://localhost/api/orders')).rejects.toBeInstanceOf(TypeError);

    backendSend.mockResolvedValue(new Response('{}'));
    stored.set('comptoir.demo.faults', JSON.stringify({ 'GET /api/orders': ['network', 'server-error'] }));
    await expect(fetch('http://localhost/api/orders')).rejects.toBeInstanceOf(TypeError);
    expect((await fetch('http://localhost/api/orders')).status).toBe(500);
    expect((await fetch('http://localhost/api/orders')).status).toBe(200);
    // The cut network the backend asked for, then the one call the faults let through.
    expect(backendSend).toHaveBeenCalledTimes(2);
  });

  it('stop waiting when their signal aborts, with its reason', async () => {
    backendSend.mockReturnValue(new Promise(() => undefined));
    const controller = new AbortController();
    const call = fetch('http://localhost/api/orders', { signal: controller.signal });
    controller.abort();
    await expect(call).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('get a problem saying the backend stopped when its worker is gone', async () => {
    backendSend.mockRejectedValue(new Error('The demo backend could not start.'));
    const answer = await fetch('http://localhost/api/orders');
    expect(answer.status).toBe(503);
    expect(answer.headers.get('Content-Type')).toContain('application/problem+json');
    expect(await answer.json()).toMatchObject({ status: 503, detail: expect.stringContaining('Reload the page') });
  });
});
