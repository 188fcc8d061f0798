// The list request over 100,000 orders, through the real handler (msw/node and fetch).
// Run with: npx tsx --tsconfig tsconfig.node.json tests/bench/list-request.ts
import { SeededWorld } from '@mocks/db/seed';
import { resetMockBackend, server } from '@mocks/node';

const ordersPerWorld = 100_000;
const runs = 30;
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
  server.close();
}

await main();
