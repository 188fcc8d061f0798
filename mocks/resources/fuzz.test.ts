import fc from 'fast-check';
import { idempotencyKeyHeader, modeHeader, type Mode } from '@/contract/common';
import type { OrderDetail, OrderSummary } from '@/contract/orders';
import { createRandom, weightTable, type Random } from '../rules/seeded-random';
import { accounts, apiBase, call, signIn } from '../testing/api-client';
import { orderViolations } from '../testing/order-invariants';
import { resetSmallBackend } from '../testing/small-backend';

// Hundreds of random requests, well-formed and not, against the handlers as the app reaches them
// (fetch through msw/node). Whatever is sent, the API answers a client error at worst, as a problem
// document, never with a stack trace; and the orders it changed along the way still add up.
// The seed is fixed so that CI sends the same requests every time; FUZZ_SEED=<n> explores others.
const seed = Number(process.env.FUZZ_SEED ?? 20_261_124);
const requestCount = 500;

type Account = keyof typeof accounts;
const accountNames = Object.keys(accounts) as Account[];

const junk = {
  /** JSON values of any shape, nested a few levels. */
  json: fc.sample(fc.jsonValue({ maxDepth: 4 }), { seed, numRuns: 80 }),
  /** Text of any kind, lone surrogates included (JSON.stringify escapes them). */
  text: fc.sample(fc.string({ unit: 'binary', maxLength: 40 }), { seed: seed + 1, numRuns: 40 }),
  /** Text that a URL can carry once encoded; never empty, which would leave a trailing slash (see below). */
  words: fc.sample(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }), { seed: seed + 2, numRuns: 40 }),
  /** Printable ASCII: what a header value may hold. */
  ascii: fc.sample(fc.string({ unit: 'grapheme-ascii', maxLength: 60 }), { seed: seed + 3, numRuns: 40 }),
};

const huge = 'x'.repeat(1_000_000);
const deepArray = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
const deepObject = `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`;

const numbers = [0, -1, 1, 1.5, -0.5, 2 ** 31, 2 ** 53, 2 ** 53 + 2, 1e21, 1e308, -1e308, Number.MIN_VALUE];
const wrongValues: unknown[] = [null, true, false, '', ' ', '1', '1.0', 'NaN', [], {}, [1], { version: 1 }, ...numbers];

const invalidJson = [
  '',
  '{',
  '}',
  '{"version":',
  '{"version":1,}',
  "{'version':1}",
  'undefined',
  'NaN',
  '{"version":1}{"version":2}',
  '\u0000',
  '\uFEFF{"version":1}',
  '{"version":01}',
  '{"version":1e400}',
  '[1,2',
  '"unterminated',
  deepArray,
  deepObject,
  `{"reason":"${huge}`,
];

// ---------------------------------------------------------------------------------------------
// What the fuzz knows of the world: sessions, orders and the versions last seen.

interface KnownOrder {
  orderNumber: string;
  mode: Mode;
  /** Whose order it is. */
  account: 'admin' | 'bergblick';
  version: number;
  lines: { id: string; quantity: number }[];
  documents: string[];
}

const tokens = new Map<Account, string>();
const endedTokens: string[] = [];
const known: KnownOrder[] = [];

async function loadOrders(account: 'admin' | 'bergblick', mode: Mode, status: string) {
  const response = await call(`/orders?status=${status}&pageSize=8&sort=orderNumber`, { token: tokens.get(account)!, mode });
  const { items } = (await response.json()) as { items: OrderSummary[] };
  for (const item of items) {
    const detail = (await (await call(`/orders/${item.orderNumber}`, { token: tokens.get(account)!, mode })).json()) as OrderDetail;
    known.push({
      orderNumber: detail.orderNumber,
      mode,
      account,
      version: detail.version,
      lines: detail.lines.map((line) => ({ id: line.id, quantity: line.quantity })),
      documents: detail.documents.map((document) => document.id),
    });
  }
}

function noteAnswer(order: KnownOrder | undefined, status: number, body: unknown) {
  if (!order || typeof body !== 'object' || body === null) return;
  const answer = body as Partial<OrderDetail> & { currentVersion?: number };
  if (status === 200 && answer.orderNumber === order.orderNumber && typeof answer.version === 'number') {
    order.version = answer.version;
    order.documents = (answer.documents ?? []).map((document) => document.id);
  }
  if (status === 409 && typeof answer.currentVersion === 'number') order.version = answer.currentVersion;
}

// ---------------------------------------------------------------------------------------------
// One random request.

interface FuzzRequest {
  method: string;
  path: string;
  headers: Headers;
  body?: string;
  /** The known order the path is about, if any. */
  order?: KnownOrder;
  /** How the request is named in a failure. */
  label: string;
}

// Only methods Node's HTTP stack knows: msw/node never sees a request with a made-up method (FOO),
// which then goes to the network instead.
const methods = weightTable({ GET: 34, POST: 36, DELETE: 8, PUT: 6, PATCH: 6, HEAD: 4, OPTIONS: 3, PROPFIND: 1, QUERY: 1 });

const pick = <T>(random: Random, items: readonly T[]): T => random.pick(items);

/**
 * Sometimes escaped as a client would, sometimes sent as typed. Never empty, `.` or `..`: the URL
 * would drop such a segment and could leave a trailing slash (see `randomPath`).
 */
function segment(random: Random, text: string): string {
  if (/^\.{0,2}$/.test(text)) return `x${text}`;
  return random.chance(0.7) ? encodeURIComponent(text) : text.replaceAll('/', '%2F').replaceAll('\\', '%5C').replaceAll('?', '%3F').replaceAll('#', '%23');
}

function orderNumberSegment(random: Random, order: KnownOrder | undefined): string {
  if (order) return order.orderNumber;
  return pick(random, [
    '9999999',
    '0',
    '-1',
    '1000001.5',
    '1e6',
    ' 1000001',
    '__proto__',
    'constructor',
    'toString',
    '%ZZ',
    '%E0%A4%A',
    '%00',
    '%2e%2e',
    '..',
    'x'.repeat(5_000),
    segment(random, pick(random, junk.words)),
    segment(random, pick(random, junk.ascii)),
    String(random.int(0, 99_999_999)),
  ]);
}

function userSegment(random: Random): string {
  return pick(random, ['user-3333-1', 'user-3333-2', 'user-3333-3', 'user-4711-1', 'user-nobody', '__proto__', '%ZZ', segment(random, pick(random, junk.words))]);
}

function weekSegment(random: Random): string {
  return pick(random, [
    '2026-W47',
    '2026-W01',
    '2026-W53',
    '2026-W54',
    '2025-W53',
    '2026-W00',
    '2026-W48',
    '2027-W01',
    '2000-W01',
    '1999-W52',
    '9999-W01',
    '0000-W01',
    '2026-w47',
    '2026W47',
    'W47',
    '2026-W4',
    '2026-W047',
    '+2026-W47',
    '__proto__',
    '%ZZ',
    segment(random, pick(random, junk.words)),
  ]);
}

function documentSegment(random: Random, order: KnownOrder | undefined): string {
  const real = order?.documents ?? [];
  if (real.length > 0 && random.chance(0.6)) return pick(random, real);
  return pick(random, ['INV-3333-1000001', 'CN-3333-1000001-1', 'CN-1', '__proto__', '%ZZ', 'x'.repeat(3_000), segment(random, pick(random, junk.words))]);
}

/** A known path with random parameters and the method it is for, or a path the API does not have. */
function randomPath(random: Random): { path: string; method?: string; order?: KnownOrder } {
  const order = random.chance(0.75) ? pick(random, known) : undefined;
  const n = () => orderNumberSegment(random, order);
  const templates: [method: string, path: () => string][] = [
    ['POST', () => '/session'],
    ['GET', () => '/session'],
    ['DELETE', () => '/session'],
    ['GET', () => '/orders'],
    ['GET', () => '/orders'],
    ['GET', () => `/orders/${n()}`],
    ['POST', () => `/orders/${n()}/activate`],
    ['POST', () => `/orders/${n()}/cancel`],
    ['POST', () => `/orders/${n()}/extend-expiry`],
    ['POST', () => `/orders/${n()}/reductions`],
    ['POST', () => `/orders/${n()}/reductions`],
    ['GET', () => `/orders/${n()}/documents/${documentSegment(random, order)}`],
    ['GET', () => '/exports/orders'],
    ['GET', () => '/statements'],
    ['GET', () => `/statements/${weekSegment(random)}`],
    ['GET', () => `/statements/${weekSegment(random)}/csv`],
    ['GET', () => `/statements/${weekSegment(random)}/pdf`],
    ['GET', () => '/support/tickets'],
    ['POST', () => '/support/tickets'],
    ['POST', () => '/demo/reset'],
    ['GET', () => '/openapi.json'],
    ['POST', () => '/session/password'],
    ['POST', () => '/password-resets'],
    ['GET', () => `/password-resets/${segment(random, pick(random, junk.words))}`],
    ['GET', () => `/invitations/${segment(random, pick(random, junk.words))}`],
    ['POST', () => `/invitations/${segment(random, pick(random, junk.words))}/accept`],
    ['GET', () => '/team/members'],
    ['POST', () => '/team/invitations'],
    ['POST', () => `/team/members/${userSegment(random)}/role`],
    ['POST', () => `/team/members/${userSegment(random)}/${pick(random, ['deactivate', 'reactivate', 'invitation'])}`],
    ['GET', () => '/demo/outbox'],
  ];
  const garbage = [
    '/',
    '/orders/',
    '/session/',
    `/orders/${n()}/`,
    '/statements/',
    '/openapi.json/',
    '//orders',
    '/orders//activate',
    `/orders/${n()}/activate/again`,
    `/orders/${n()}/refunds`,
    '/ORDERS',
    '/Session',
    '/%ZZ',
    '/%00',
    '/orders/%2e%2e/session',
    '/support/tickets/1',
    '/statements/2026-W47/xlsx',
    '/openapi.yaml',
    '/demo/reset/all',
    `/${segment(random, pick(random, junk.words))}`,
    `/orders/${n()}/documents`,
    `/${'a/'.repeat(200)}`,
  ];
  if (random.chance(0.12)) return { path: pick(random, garbage), order };
  const [method, path] = pick(random, templates);
  return { path: path(), method, order };
}

function randomQuery(random: Random): string {
  if (random.chance(0.55)) return '';
  const keys = [
    'q',
    'status',
    'shipping',
    'completeness',
    'method',
    'country',
    'from',
    'to',
    'expiresWithinDays',
    'sort',
    'order',
    'page',
    'pageSize',
    'year',
    '__proto__',
    'constructor',
    'hasOwnProperty',
    '',
    'a[b]',
    'status[]',
  ];
  const values = [
    'created',
    'created,activated',
    'paid,,credited',
    'shipped',
    'incomplete',
    'invoice,direct-debit',
    'BE,CH',
    'XX',
    '2026-11-01',
    '2026-02-30',
    '2026-13-01',
    '26-11-01',
    '0',
    '1',
    '60',
    '61',
    '-1',
    '1.0',
    '+2',
    '1e3',
    '0x10',
    '99999999999999999999',
    '1000001',
    'total',
    'daysToExpiry',
    'asc',
    'DESC',
    '2026',
    '1999',
    '2100',
    '',
    ' ',
    'null',
    'undefined',
    'NaN',
    'Infinity',
    '%ZZ',
    '%',
    '&&',
    '=',
    'x'.repeat(201),
    'x'.repeat(20_000),
  ];
  const parts: string[] = [];
  const count = random.int(1, 6);
  for (let index = 0; index < count; index += 1) {
    const key = pick(random, keys);
    const value = random.chance(0.2) ? pick(random, junk.words) : pick(random, values);
    parts.push(random.chance(0.7) ? `${encodeURIComponent(key)}=${encodeURIComponent(value)}` : `${key}=${value}`);
    if (random.chance(0.05)) parts.push(key);
  }
  return `?${parts.join('&')}`;
}

/** A valid session of any account (mostly), none, or something that is not one. */
function authorization(random: Random): string | null {
  const roll = random.next();
  if (roll < 0.65) {
    const account = pick(random, accountNames);
    const token = tokens.get(account)!;
    return random.chance(0.9) ? `Bearer ${token}` : pick(random, [`bearer ${token}`, `Bearer  ${token} `, `BEARER ${token}`]);
  }
  if (roll < 0.75) return null;
  const someToken = tokens.get('admin')!;
  return pick(random, [
    'Bearer',
    'Bearer ',
    'Bearer garbage',
    `Bearer ${'a'.repeat(4_000)}`,
    `Basic ${btoa('admin@atelier-lumiere.example:demo-password')}`,
    someToken,
    `Bearer ${someToken} ${someToken}`,
    `Bearer ${someToken.toUpperCase()}`,
    `Bearer ${endedTokens[0] ?? 'ended'}`,
    `Token ${someToken}`,
    pick(random, junk.ascii),
  ]);
}

/** A body meant for a path of the team and passwords, or undefined for any other. */
function accountBody(random: Random, path: string): Record<string, unknown> | undefined {
  // Never the right current password: the accounts must keep signing in with the demo's.
  if (path === '/session/password') return { currentPassword: pick(random, ['not-the-password', '', huge]), newPassword: pick(random, ['lantern-orchard-42', 'password1234', 'short', huge]) };
  if (path === '/password-resets' || path === '/team/invitations') {
    return { email: pick(random, [...Object.values(accounts), 'fuzz@atelier-lumiere.example', 'not an address']), role: pick(random, ['admin', 'finance', 'support', 'owner']) };
  }
  if (path.endsWith('/role')) return { role: pick(random, ['admin', 'finance', 'support', 'owner', '']) };
  if (path.endsWith('/accept')) return { name: pick(random, ['Emma Peeters', '', huge]), password: pick(random, ['lantern-orchard-42', 'password1234', 'short']) };
  return undefined;
}

/** A body meant for the path, right or slightly wrong; or junk of any kind. */
function randomBody(random: Random, path: string, order: KnownOrder | undefined): { body?: string; json: boolean } {
  const version = order && random.chance(0.8) ? order.version : pick(random, [1, 2, 0, -1, 3.5, 2 ** 53]);
  const reason = random.chance(0.85) ? pick(random, ['Customer withdrew', 'Goodwill gesture', '  Goods returned  ']) : pick(random, ['', '   ', 'x'.repeat(501), huge, pick(random, junk.text)]);
  const lines = order?.lines ?? [{ id: 'L1', quantity: 1 }];
  const someLines = () =>
    lines
      .filter(() => random.chance(0.6))
      .map((line) => ({ lineId: line.id, quantity: random.chance(0.8) ? random.int(1, line.quantity) : pick(random, [0, -1, 1.5, line.quantity + 1, '1', null]), reason: random.chance(0.3) ? pick(random, junk.text) : undefined }));

  const meant: Record<string, unknown> | undefined = path.endsWith('/activate') || path.endsWith('/extend-expiry')
    ? { version }
    : path.endsWith('/cancel')
      ? { version, reason }
      : path.endsWith('/reductions')
        ? random.chance(0.5)
          ? { version, reason, amount: random.chance(0.8) ? random.int(1, 5_000) : pick(random, [0, -5, 12.5, 1e12, '100', null]) }
          : { version, reason, lines: someLines() }
        : path === '/session'
          ? { email: pick(random, Object.values(accounts)), password: random.chance(0.7) ? 'demo-password' : pick(random, ['', 'wrong', huge]) }
          : path === '/support/tickets'
            ? {
                firstName: 'Nathalie',
                lastName: 'Dubois',
                merchantId: pick(random, ['3333', '4711', '']),
                email: 'admin@atelier-lumiere.example',
                topic: pick(random, ['activation', 'credit', 'payment-term-extension', 'statement', 'technical', 'other', 'complaint']),
                message: random.chance(0.9) ? 'Please have a look.' : huge,
                ...(random.chance(0.4) && { orderReference: order ? order.orderNumber : pick(random, ['BP1000001/3333', '9999999', '']) }),
                ...(random.chance(0.3) && { wishedDueDate: pick(random, ['2027-01-15', '2026-11-24', '2026-02-30', '']) }),
              }
            : accountBody(random, path);

  const roll = random.next();
  if (roll < 0.1) return { json: false };
  if (roll < 0.2) return { body: pick(random, invalidJson), json: true };
  if (roll < 0.3) return { body: JSON.stringify(pick(random, junk.json)), json: true };
  if (!meant || roll < 0.35) return { body: JSON.stringify(pick(random, [...wrongValues, { [pick(random, junk.words)]: pick(random, junk.json) }])), json: true };
  if (roll < 0.6) {
    // One field left out, wrong, or joined by fields nobody asked for.
    const keys = Object.keys(meant);
    const key = pick(random, [...keys, '__proto__', 'constructor', 'extra']);
    const mutated: Record<string, unknown> = { ...meant };
    if (random.chance(0.3)) delete mutated[key];
    else mutated[key] = pick(random, [...wrongValues, pick(random, junk.json), pick(random, junk.text)]);
    return { body: JSON.stringify(mutated), json: true };
  }
  if (roll < 0.68) {
    // Keys that would reach an object's prototype if a parser or a merge were careless.
    const polluted = pick(random, [
      `{"__proto__":${JSON.stringify(meant)}}`,
      `{"__proto__":{"version":1,"isAdmin":true},${JSON.stringify(meant).slice(1)}`,
      `${JSON.stringify(meant).slice(0, -1)},"constructor":{"prototype":{"polluted":true}}}`,
      `${JSON.stringify(meant).slice(0, -1)},"lines":[{"__proto__":{"lineId":"${lines[0]!.id}","quantity":1}}]}`,
      `{"version":${version},"reason":"x","__proto__":{"amount":100}}`,
    ]);
    return { body: polluted, json: true };
  }
  return { body: JSON.stringify(meant), json: true };
}

/**
 * A change a merchant could well send: the owner's admin, the order's world, JSON, the version
 * last seen (mostly), a plausible reason and amount. These get past the guards and change orders,
 * so that the money invariants are checked on orders the fuzz really moved.
 */
function plausibleAction(random: Random): FuzzRequest {
  const order = pick(random, known);
  const action = pick(random, ['activate', 'cancel', 'extend-expiry', 'reductions', 'reductions', 'reductions', 'reductions']);
  const version = random.chance(0.9) ? order.version : order.version - 1;
  const reason = pick(random, ['Customer withdrew', 'Goodwill gesture', 'Goods returned', pick(random, junk.words)]);
  const returned = order.lines.filter(() => random.chance(0.5)).map((line) => ({ lineId: line.id, quantity: random.int(1, line.quantity), reason: random.chance(0.5) ? 'Wrong size' : null }));
  const body =
    action === 'activate' || action === 'extend-expiry'
      ? { version }
      : action === 'cancel'
        ? { version, reason }
        : returned.length > 0 && random.chance(0.6)
          ? { version, reason, lines: returned }
          : { version, reason, amount: random.chance(0.5) ? random.int(1, 3_000) : random.int(1, 100_000) };
  const headers = new Headers({ Authorization: `Bearer ${tokens.get(order.account)!}`, [modeHeader]: order.mode, 'Content-Type': 'application/json' });
  if (random.chance(0.3)) headers.set(idempotencyKeyHeader, random.chance(0.5) ? 'fuzz-key' : `fuzz-${random.int(0, 1e9)}`);
  const path = `/orders/${order.orderNumber}/${action}`;
  return { method: 'POST', path, headers, body: JSON.stringify(body), order, label: `POST ${path} ${JSON.stringify(body).slice(0, 120)}` };
}

function randomRequest(random: Random): FuzzRequest {
  if (random.chance(0.3)) return plausibleAction(random);
  const target = randomPath(random);
  const { path, order } = target;
  // Mostly the method the path is for, so that requests get as far as the handler.
  const method = target.method && random.chance(0.8) ? target.method : random.weighted(methods);
  const query = randomQuery(random);
  const headers = new Headers();

  const auth = authorization(random);
  if (auth !== null) headers.set('Authorization', auth);

  const modeRoll = random.next();
  const mode = order && modeRoll < 0.75 ? order.mode : modeRoll < 0.45 ? 'live' : modeRoll < 0.7 ? 'test' : pick(random, [null, '', 'LIVE', 'Live', ' test ', 'prod', 'live,test', 'live, live', pick(random, junk.ascii)]);
  if (mode !== null) headers.set(modeHeader, mode);

  let body: string | undefined;
  if (method !== 'GET' && method !== 'HEAD' && random.chance(method === 'POST' ? 0.95 : 0.4)) {
    const made = randomBody(random, path, order);
    body = made.body;
    const contentType = made.json && random.chance(0.85) ? 'application/json' : pick(random, [null, 'text/plain', 'application/json; charset=utf-8', 'application/problem+json', 'application/jsonx', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', pick(random, junk.ascii)]);
    if (contentType !== null) headers.set('Content-Type', contentType);
  }

  if (random.chance(0.35)) {
    // A fresh key, one used before (for this request or another), or one that is no key.
    const key = pick(random, [`fuzz-${random.int(0, 1e9)}`, 'fuzz-key', 'fuzz-key', '', ' ', 'k'.repeat(200), 'k'.repeat(201), pick(random, junk.ascii)]);
    headers.set(idempotencyKeyHeader, key);
  }

  return { method, path: `${path}${query}`, headers, body, order, label: `${method} ${path}${query}`.slice(0, 200) };
}

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
