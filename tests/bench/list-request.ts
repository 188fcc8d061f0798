// The list request over 100,000 orders, through the real handler (msw/node and fetch).
// Run with: npx tsx --tsconfig tsconfig.node.json tests/bench/list-request.ts
import { SeededWorld } from '@mocks/db/seed';
import { resetMockBackend, server } from '@mocks/node';

const ordersPerWorld = 100_000;
const runs = 30;
const writePairs = 30;
const base = 'http://localhost/api';
const listPath = '/orders?status=created,activated&country=BE,DE&sort=total&order=desc&page=3&pageSize=50';

function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? Number.NaN;
}

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await run();
  return [result, performance.now() - start];
}

async function main(): Promise<void> {
  const [, seedMs] = await timed(async () => new SeededWorld({ seed: 1, ordersPerWorld, anchor: '2026-11-24' }, '3333', 'live').cores());
  console.log(`seed generation (100,000 orders): ${seedMs.toFixed(0)} ms`);

  server.listen({ onUnhandledFrame: 'error' });
  resetMockBackend({ ordersPerWorld, today: '2026-11-24' });

  const signIn = await fetch(`${base}/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'admin@atelier-lumiere.example', password: 'demo-password' }),
  });
  const { token } = (await signIn.json()) as { token: string };
  const headers = { Authorization: `Bearer ${token}`, 'Comptoir-Mode': 'live' };
  const list = async () => {
    const response = await fetch(`${base}${listPath}`, { headers });
    if (!response.ok) throw new Error(`The list request answered ${response.status}`);
    return (await response.json()) as { items: unknown[]; total: number };
  };

  // The first request generates the world, builds its index and sorts by total.
  const [first, coldMs] = await timed(list);
  console.log(`first list request (seed generation, index, first sort): ${coldMs.toFixed(0)} ms`);
  for (let i = 0; i < 5; i += 1) await list();

  const durations: number[] = [];
  for (let i = 0; i < runs; i += 1) durations.push((await timed(list))[1]);
  durations.sort((a, b) => a - b);
  console.log(
    `list request (100,000 orders, filter + sort): median ${percentile(durations, 0.5).toFixed(1)} ms, p95 ${percentile(durations, 0.95).toFixed(1)} ms`,
    `(${first.items.length} of ${first.total} matching)`,
  );

  // A write moves the changed order within every sort order already built, instead of dropping
  // them: the request right after a write should cost about what the one right before it did.
  // Each pair is taken the same way (a read of the next order to change, the list, the write,
  // the list), so that only the write tells the two apart.
  const beforeWrite: number[] = [];
  const afterWrite: number[] = [];
  for (let i = 0; i < writePairs; i += 1) {
    const created = await fetch(`${base}/orders?status=created&sort=orderNumber&order=asc&pageSize=1&page=${i + 1}`, { headers });
    const [order] = ((await created.json()) as { items: { orderNumber: string; version: number }[] }).items;
    if (!order) throw new Error('no created order left to activate');
    beforeWrite.push((await timed(list))[1]);
    const activated = await fetch(`${base}/orders/${order.orderNumber}/activate`, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ version: order.version }),
    });
    if (!activated.ok) throw new Error(`The activation answered ${activated.status}`);
    afterWrite.push((await timed(list))[1]);
  }
  beforeWrite.sort((a, b) => a - b);
  afterWrite.sort((a, b) => a - b);
  const before = percentile(beforeWrite, 0.5);
  const after = percentile(afterWrite, 0.5);
  console.log(
    `list request right before and right after a write (${writePairs} activations): median ${before.toFixed(1)} → ${after.toFixed(1)} ms,`,
    `p95 ${percentile(beforeWrite, 0.95).toFixed(1)} → ${percentile(afterWrite, 0.95).toFixed(1)} ms: ${(after / before).toFixed(2)}×`,
  );
  server.close();
}

await main();
