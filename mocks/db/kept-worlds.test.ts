import { freshBrowserStorage, inDemoDatabase } from '../testing/browser-storage';
import { SeededWorld } from './seed';
import type { Store } from './store';

// A start of the backend reads a world kept by an earlier start of the same code, instead of
// generating it again; other code, or a kept world edited in the browser, generates it anew.

const settings = { seed: 1, ordersPerWorld: 300 };
const { open } = freshBrowserStorage();
const start = (worldsMadeBy: string, seed = settings) => open(seed, { worldsMadeBy });
const everyOrder = (store: Store) => store.read((db) => db.orderIndex('3333', 'live', '2026-11-24').all({ sort: 'orderNumber', order: 'asc' }));

/** The keys of the worlds kept in the browser, once there are `count` (they are written in idle slices) and the first matches. */
async function keptWorlds(count: number, first = /./): Promise<string[]> {
  const read = async () => ((await inDemoDatabase('worlds', 'readonly', (store) => store.getAllKeys())) ?? []).map(String);
  let keys: string[] = [];
  await vi.waitFor(async () => {
    keys = await read();
    expect(keys).toHaveLength(count);
    if (count > 0) expect(keys[0]).toMatch(first);
    // A ceiling for a busy machine, not a deadline: the condition decides.
  }, { timeout: 15_000 });
  return keys;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('worlds kept between starts', () => {
  it('are read back by the next start of the same code, without generating them', async () => {
    const first = await start('backend-worker-A.js');
    const generated = await everyOrder(first);
    const [key] = await keptWorlds(1);
    expect(key).toMatch(/^backend-worker-A\.js\|1\|300\|2026-11-24\|3333\|live$/);
    first.close();

    const generating = vi.spyOn(SeededWorld.prototype, 'cores');
    expect(await everyOrder(await start('backend-worker-A.js'))).toEqual(generated);
    expect(generating).not.toHaveBeenCalled();
  });

  it('are generated again by other code, and the old one is let go', async () => {
    const first = await start('backend-worker-A.js');
    const generated = await everyOrder(first);
    await keptWorlds(1);
    first.close();

    const generating = vi.spyOn(SeededWorld.prototype, 'cores');
    expect(await everyOrder(await start('backend-worker-B.js'))).toEqual(generated);
    expect(generating).toHaveBeenCalledTimes(1);
    expect((await keptWorlds(1))[0]).toMatch(/^backend-worker-B\.js\|/);
  });

  it('are generated again when the kept one was edited in the browser', async () => {
    const first = await start('backend-worker-A.js');
    const generated = await everyOrder(first);
    const [key] = await keptWorlds(1);
    first.close();
    await inDemoDatabase('worlds', 'readwrite', (store) => {
      store.put({ count: 300, columns: [{ field: 'total', distinct: ['free'], places: new Uint32Array(300) }] }, key!);
    });

    const generating = vi.spyOn(SeededWorld.prototype, 'cores');
    expect(await everyOrder(await start('backend-worker-A.js'))).toEqual(generated);
    expect(generating).toHaveBeenCalledTimes(1);
  });

  it('are one per merchant and mode: the one of an earlier seed or size is replaced', async () => {
    const first = await start('backend-worker-A.js');
    await everyOrder(first);
    await keptWorlds(1);
    first.close();

    const resized = await start('backend-worker-A.js', { seed: 1, ordersPerWorld: 120 });
    expect(await everyOrder(resized)).toHaveLength(120);
    await keptWorlds(1, /\|1\|120\|/);
  });
});
