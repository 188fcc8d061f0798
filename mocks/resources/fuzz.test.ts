import type { OrderDetail, OrderSummary } from '@/contract/orders';
import { createRandom } from '../rules/seeded-random';
import { apiBase, call, signIn } from '../testing/api-client';
import { type FuzzRequest, randomRequest } from '../testing/fuzz-requests';
import { fuzzSeed as seed } from '../testing/fuzz-values';
import { accountNames, endedTokens, loadOrders, noteAnswer, tokens } from '../testing/fuzz-world';
import { orderViolations } from '../testing/order-invariants';
import { resetSmallBackend } from '../testing/small-backend';

// Hundreds of random requests, well-formed and not, against the handlers as the app reaches them
// (fetch through msw/node). Whatever is sent, the API answers a client error at worst, as a problem
// document, never with a stack trace; and the orders it changed along the way still add up.
// The requests are made in mocks/testing/fuzz-*.ts, from a fixed seed (FUZZ_SEED=<n> explores others).
const requestCount = 500;

// ---------------------------------------------------------------------------------------------
// What every answer must be.

/** A stack trace, or an error with the file it was thrown from. */
const stackTrace = /\n\s+at\s|\bError:[^"]*(\/|\\)[\w.-]+\.(ts|js|mjs|cjs)\b|\.(ts|js):\d+:\d+/;

async function answerProblems(request: FuzzRequest, response: Response): Promise<{ problems: string[]; body: unknown }> {
  const problems: string[] = [];
  const fail = (what: string) => problems.push(`${request.label} → ${response.status}: ${what}`);
  const text = await response.text();
  const contentType = response.headers.get('Content-Type') ?? '';

  if (response.status >= 500) fail(`a server error: ${text.slice(0, 300)}`);
  const binary = contentType.startsWith('application/pdf');
  if (!binary && stackTrace.test(text)) fail(`the body shows a stack trace: ${text.slice(0, 300)}`);

  let body: unknown;
  if (/json/.test(contentType) && text !== '') {
    try {
      body = JSON.parse(text);
    } catch {
      fail('the body is not the JSON its type says');
    }
  }
  if (response.status < 200 || response.status >= 300) {
    if (contentType !== 'application/problem+json') fail(`a failure answered as ${contentType || 'no type'}, not application/problem+json`);
    // A HEAD answer carries headers only.
    if (request.method !== 'HEAD') {
      const status = (body as { status?: unknown } | undefined)?.status;
      if (status !== response.status) fail(`the problem says status ${String(status)}`);
    }
  }
  return { problems, body };
}

// ---------------------------------------------------------------------------------------------

describe('the API under random requests', () => {
  beforeAll(async () => {
    resetSmallBackend();
    for (const account of accountNames) tokens.set(account, await signIn(account));
    for (const mode of ['live', 'test'] as const) {
      for (const status of ['created', 'activated']) await loadOrders('admin', mode, status);
    }
    // Bergblick has not passed its security check: its test world is the one it has.
    await loadOrders('bergblick', 'test', 'activated');
  });

  it(`never fails with a server error, answers every failure as a problem and keeps the money right (${requestCount} requests)`, async () => {
    const random = createRandom('comptoir-fuzz', seed);
    const problems: string[] = [];
    const statuses = new Map<number, number>();
    let changes = 0;

    for (let index = 0; index < requestCount; index += 1) {
      const request = randomRequest(random);
      let response: Response;
      try {
        response = await fetch(`${apiBase}${request.path}`, { method: request.method, headers: request.headers, body: request.body });
      } catch (error) {
        problems.push(`${request.label}: no answer at all (${String(error)})`);
        continue;
      }
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      const checked = await answerProblems(request, response);
      problems.push(...checked.problems);
      noteAnswer(request.order, response.status, checked.body);
      if (request.order && request.method === 'POST' && response.status === 200 && /\/(activate|cancel|extend-expiry|reductions)$/.test(request.path.split('?')[0]!)) {
        changes += 1;
      }
      // A signed-out role signs in again, so that the rest of the run still reaches past the guards.
      if (request.method === 'DELETE' && request.path.startsWith('/session') && response.status === 204) {
        for (const account of accountNames) {
          const token = tokens.get(account)!;
          if ((await call('/session', { token, mode: null })).status === 401) {
            endedTokens.push(token);
            tokens.set(account, await signIn(account));
          }
        }
      }
    }

    if (process.env.FUZZ_SEED) console.log(JSON.stringify({ seed, changes, statuses: Object.fromEntries(statuses) }));
    expect(problems).toEqual([]);
    // The run is worth something only if it got past the guards, changed orders and was refused too.
    expect(changes).toBeGreaterThanOrEqual(10);
    for (const status of [200, 400, 401, 403, 404, 409, 415, 422]) expect(statuses.get(status), `answers with status ${status}`).toBeGreaterThan(0);

    // Every order of the merchant, changed or not, still adds up: the lists' totals and each order's own.
    const violations: string[] = [];
    for (const [account, mode] of [['admin', 'live'], ['admin', 'test'], ['bergblick', 'test']] as const) {
      const token = tokens.get(account)!;
      for (let page = 1; ; page += 1) {
        const { items, total } = (await (await call(`/orders?pageSize=100&page=${page}`, { token, mode })).json()) as { items: OrderSummary[]; total: number };
        for (const item of items) {
          violations.push(...orderViolations({ ...item, lines: [], events: [] }));
          const detail = (await (await call(`/orders/${item.orderNumber}`, { token, mode })).json()) as OrderDetail;
          expect(detail).toMatchObject({ total: item.total, outstanding: item.outstanding, credited: item.credited, status: item.status, version: item.version });
          const creditNotes = detail.documents.filter((document) => document.type === 'credit-note').map((document) => document.amount);
          violations.push(...orderViolations(detail, creditNotes));
        }
        if (page * 100 >= total) break;
      }
    }
    expect(violations).toEqual([]);
  });
});
