import { z } from 'zod';
import { apiDownload, apiRequest } from './api-client';
import { ApiError } from './api-error';

// Nobody is signed in: these calls carry no token, and Node has no localStorage to hold one.
vi.mock('@/lib/session-token', () => ({ sessionToken: { get: () => null } }));

/** The API answers the next call with this response. */
function answer(response: Response) {
  vi.stubGlobal('fetch', vi.fn(async () => response));
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

async function failure(call: Promise<unknown>): Promise<ApiError> {
  const error = await call.catch((reason: unknown) => reason);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

const pageSchema = z.strictObject({ items: z.array(z.strictObject({ orderNumber: z.string() })) });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the API client', () => {
  it('says what, where and why when a successful answer breaks the contract', async () => {
    answer(json({ items: [{ orderNumber: '1000042', foo: 1 }] }));
    const error = await failure(apiRequest('/orders', pageSchema, { mode: 'live' }));
    expect(error.kind).toBe('invalid-response');
    expect(error.status).toBe(200);
    expect(error.problem).toBeNull();
    expect(error.message).toBe('GET /orders answered 200 with a body that breaks the contract: ✖ Unrecognized key: "foo" → at items[0]');
  });

  it('names every broken field, and the method of the call', async () => {
    answer(json({ items: [{ orderNumber: 42 }] }, 201));
    const error = await failure(apiRequest('/orders', pageSchema, { method: 'POST', body: {} }));
    expect(error.message).toMatch(/^POST \/orders answered 201 with a body that breaks the contract: ✖ .+ → at items\[0\]\.orderNumber$/);
  });

  it('says so when a successful answer is no JSON at all', async () => {
    answer(new Response('<html>Welcome</html>', { status: 200, headers: { 'Content-Type': 'text/html' } }));
    const error = await failure(apiRequest('/session', pageSchema));
    expect(error.kind).toBe('invalid-response');
    expect(error.message).toBe('GET /session answered 200 with a body that is not JSON');
  });

  it('keeps the problem document of an error answer', async () => {
    const problem = {
      type: 'https://comptoir.example/problems/validation',
      title: 'Invalid values',
      status: 422,
      detail: 'The reason is too long.',
      errors: { reason: ['Use at most 500 characters.'] },
    };
    answer(json(problem, 422, { 'Content-Type': 'application/problem+json' }));
    const error = await failure(apiRequest('/orders/1/cancel', pageSchema, { method: 'POST', body: {} }));
    expect(error.kind).toBe('validation');
    expect(error.problem).toEqual(problem);
    expect(error.fieldErrors).toEqual({ reason: ['Use at most 500 characters.'] });
    expect(error.message).toBe('The reason is too long.');
  });

  it("keeps a refusal's field messages when a member of its problem has a value this client does not know", async () => {
    const problem = {
      type: 'https://comptoir.example/problems/validation',
      title: 'Invalid values',
      status: 422,
      detail: 'The new password is refused.',
      errors: { newPassword: ['Choose a password you have not used before.'] },
      passwordRefusal: 'used-before',
    };
    answer(json(problem, 422, { 'Content-Type': 'application/problem+json' }));
    const error = await failure(apiRequest('/session/password', pageSchema, { method: 'POST', body: {} }));
    expect(error.kind).toBe('validation');
    expect(error.fieldErrors).toEqual({ newPassword: ['Choose a password you have not used before.'] });
    expect(error.problem).not.toHaveProperty('passwordRefusal');
    expect(error.message).toBe('The new password is refused.');
  });

  it("reads a proxy's plain-text error page by its status alone", async () => {
    answer(new Response('Bad Gateway', { status: 502, statusText: 'Bad Gateway', headers: { 'Content-Type': 'text/plain' } }));
    const error = await failure(apiRequest('/orders', pageSchema));
    expect(error.kind).toBe('server');
    expect(error.status).toBe(502);
    expect(error.problem).toEqual({
      type: 'about:blank',
      title: 'Bad Gateway',
      status: 502,
      detail: 'The server answered 502 Bad Gateway without a problem document.',
    });
  });

  it('reads a problem document missing what the contract requires by its status alone', async () => {
    answer(json({ title: 'Unavailable', status: 503 }, 503));
    const error = await failure(apiRequest('/support/tickets', pageSchema));
    expect(error.kind).toBe('server');
    expect(error.problem).toMatchObject({ type: 'about:blank', title: 'HTTP 503', status: 503 });
    expect(error.fieldErrors).toEqual({});
  });

  it('tells a call that reached no server apart', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('fetch failed'))));
    const error = await failure(apiRequest('/orders', pageSchema));
    expect(error.kind).toBe('network');
    expect(error.status).toBeNull();
    expect(error.problem).toBeNull();
  });

  it('downloads a file of many parts whole and in order, telling each part as it comes', async () => {
    // 3.5 MB in parts of 64 KiB, each part filled with its own number.
    const parts = Array.from({ length: 56 }, (_, index) => new Uint8Array(64 * 1024).fill(index));
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const part of parts) controller.enqueue(part);
        controller.close();
      },
    });
    answer(new Response(body, { headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="orders-live.csv"' } }));
    const told: number[] = [];
    const file = await apiDownload('/orders/export', 'fallback.csv', { onChunk: (chunk) => told.push(chunk[0]!) });
    expect(file.filename).toBe('orders-live.csv');
    expect(file.blob.type).toBe('text/csv');
    expect(told).toEqual(parts.map((_, index) => index));
    const received = new Uint8Array(await file.blob.arrayBuffer());
    expect(received.byteLength).toBe(56 * 64 * 1024);
    expect(parts.every((part, index) => received[index * part.byteLength] === index && received[(index + 1) * part.byteLength - 1] === index)).toBe(true);
  });
});
