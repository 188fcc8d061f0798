import type { Random } from '../rules/seeded-random';
import { junk, pick } from './fuzz-values';
import { known, type KnownOrder } from './fuzz-world';

// The paths and query strings of the fuzz's requests: the API's own, with parameters right,
// slightly wrong or of any kind, and paths the API does not have.

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
export function randomPath(random: Random): { path: string; method?: string; order?: KnownOrder } {
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

export function randomQuery(random: Random): string {
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
