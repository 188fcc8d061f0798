import type { ApiKey } from '@/contract/account';

/** How a key is shown once made: how it starts and how it ends, e.g. cpk_test_…9OGC. */
export function shownKey(key: Pick<ApiKey, 'prefix' | 'lastFour'>): string {
  return `${key.prefix}…${key.lastFour}`;
}
