import type { QueryClient } from '@tanstack/react-query';

const channelName = 'comptoir.changes';

/**
 * Tells the app's other tabs when this one has changed something, and refreshes here what another
 * tab changed. The tabs share one backend, but each keeps its own cache: without this, a tab would
 * show an order as it was (in an open dialog too) until its data went stale.
 */
export function shareChangesAcrossTabs(queryClient: QueryClient, channel = new BroadcastChannel(channelName)): () => void {
  const unsubscribe = queryClient.getMutationCache().subscribe((event) => {
    if (event.type === 'updated' && event.action.type === 'success') channel.postMessage('changed');
  });
  // Only what is on screen is fetched again; the rest is fetched when next shown.
  const refresh = () => void queryClient.invalidateQueries();
  channel.addEventListener('message', refresh);
  return () => {
    unsubscribe();
    channel.removeEventListener('message', refresh);
    channel.close();
  };
}
