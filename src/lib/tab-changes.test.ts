import { QueryClient } from '@tanstack/react-query';
import { shareChangesAcrossTabs } from './tab-changes';

describe('changes shared across tabs', () => {
  const stops: (() => void)[] = [];
  afterEach(() => stops.splice(0).forEach((stop) => stop()));

  function tab() {
    const client = new QueryClient();
    stops.push(shareChangesAcrossTabs(client, new BroadcastChannel('comptoir.changes.test')));
    client.setQueryData(['orders', 'live', '1000042'], { status: 'created' });
    return client;
  }

  const invalidated = (client: QueryClient) => client.getQueryState(['orders', 'live', '1000042'])?.isInvalidated;

  it("refresh another tab's data once a change succeeds here, and not this tab's", async () => {
    const here = tab();
    const there = tab();
    await here.getMutationCache().build(here, { mutationFn: () => Promise.resolve('activated') }).execute(undefined);
    await vi.waitFor(() => expect(invalidated(there)).toBe(true));
    expect(invalidated(here)).toBe(false);
  });

  it('tell the other tabs of a change that succeeded only', async () => {
    const client = new QueryClient();
    const channel = new BroadcastChannel('comptoir.changes.test');
    const post = vi.spyOn(channel, 'postMessage');
    stops.push(shareChangesAcrossTabs(client, channel));
    await expect(client.getMutationCache().build(client, { mutationFn: () => Promise.reject(new Error('409')) }).execute(undefined)).rejects.toThrow('409');
    expect(post).not.toHaveBeenCalled();
    await client.getMutationCache().build(client, { mutationFn: () => Promise.resolve('ok') }).execute(undefined);
    expect(post).toHaveBeenCalledTimes(1);
  });
});
