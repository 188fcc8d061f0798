import { MutationCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/lib/api-error';

/** How the app's tabs tell each other that data changed: a BroadcastChannel in the browser. */
export type TabChannel = Pick<BroadcastChannel, 'postMessage' | 'addEventListener'>;

/** The channel's name: every tab of the app opens its own end of it. */
export const tabChannelName = 'comptoir-changes';

/**
 * Retrying a refusal (4xx) cannot succeed; a network blip or a 5xx may. Answers are kept fresh for
 * 30 s, unless something changes them: a write made in another tab (told through `otherTabs`), or a
 * write this tab was refused as stale (409), which shows that what it holds is out of date. Either
 * way every query on screen is asked again, so no tab keeps offering an action the API would refuse.
 */
export function createQueryClient({ otherTabs }: { otherTabs?: TabChannel } = {}) {
  const refreshAll = () => void queryClient.invalidateQueries();
  const queryClient = new QueryClient({
    mutationCache: new MutationCache({
      onSuccess: () => otherTabs?.postMessage('changed'),
      onError: (error) => {
        if (isApiError(error, 'conflict')) refreshAll();
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failureCount, error) =>
          failureCount < 2 && (!isApiError(error) || error.kind === 'network' || error.kind === 'server'),
      },
    },
  });
  otherTabs?.addEventListener('message', refreshAll);
  return queryClient;
}
