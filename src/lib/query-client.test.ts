import { QueryObserver, type QueryClient } from '@tanstack/react-query';
import { ApiError } from '@/lib/api-error';
import { createQueryClient } from '@/lib/query-client';

/** A query on screen in `client` (observed), and how many times it has been asked for. */
async function onScreen(client: QueryClient) {
  let asked = 0;
  const observer = new QueryObserver(client, { queryKey: ['orders'], queryFn: () => ++asked });
  const stop = observer.subscribe(() => undefined);
  await vi.waitFor(() => expect(asked).toBe(1));
  return { asked: () => asked, stop };
}

const write = (client: QueryClient, mutationFn: () => Promise<unknown>) =>
  client
    .getMutationCache()
    .build(client, { mutationFn })
    .execute(undefined)
    .catch(() => undefined);

describe('the query client of a tab', () => {
  it("asks again for what another tab's write may have changed, and tells the others of its own", async () => {
    const [endA, endB] = [new BroadcastChannel('query-client-test'), new BroadcastChannel('query-client-test')];
    try {
      const told = vi.spyOn(endA, 'postMessage');
      const tabA = createQueryClient({ otherTabs: endA });
      const tabB = createQueryClient({ otherTabs: endB });
      const list = await onScreen(tabB);
      await write(tabA, async () => 'activated');
      await vi.waitFor(() => expect(list.asked()).toBe(2));
      // A refused write changed nothing: the other tabs are not told.
      await write(tabA, () => Promise.reject(ApiError.fromStatus(422)));
      expect(told).toHaveBeenCalledTimes(1);
      list.stop();
    } finally {
      endA.close();
      endB.close();
    }
  });

  it('asks again for what it shows once a write of its own is refused as stale (409)', async () => {
    const tab = createQueryClient();
    const list = await onScreen(tab);
    await write(tab, () => Promise.reject(ApiError.fromStatus(422)));
    expect(list.asked()).toBe(1);
    await write(tab, () => Promise.reject(ApiError.fromStatus(409)));
    await vi.waitFor(() => expect(list.asked()).toBe(2));
    list.stop();
  });
});
