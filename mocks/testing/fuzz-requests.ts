import { idempotencyKeyHeader, modeHeader } from '@/contract/common';
import { weightTable, type Random } from '../rules/seeded-random';
import { accounts } from './api-client';
import { randomPath, randomQuery } from './fuzz-paths';
import { huge, invalidJson, junk, pick, wrongValues } from './fuzz-values';
import { accountNames, endedTokens, known, tokens, type KnownOrder } from './fuzz-world';

// One random request of the fuzz: mostly aimed at what the API has, with headers and bodies
// right, slightly wrong or junk; and, three times in ten, a change a merchant could well send.

export interface FuzzRequest {
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

export function randomRequest(random: Random): FuzzRequest {
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
