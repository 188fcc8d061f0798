import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/lib/api-error';

/** Retrying a refusal (4xx) cannot succeed; a network blip or a 5xx may. */
export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failureCount, error) =>
          failureCount < 2 && (!isApiError(error) || error.kind === 'network' || error.kind === 'server'),
      },
    },
  });
}
