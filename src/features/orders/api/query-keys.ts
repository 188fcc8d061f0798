import type { DataMode } from '@/lib/data-mode';
import type { OrderListParams } from '../lib/list-params';

/** Every orders query is keyed by its data world first, so test and live never share a cache entry. */
export const orderKeys = {
  all: ['orders'] as const,
  mode: (mode: DataMode) => [...orderKeys.all, mode] as const,
  lists: (mode: DataMode) => [...orderKeys.mode(mode), 'list'] as const,
  list: (mode: DataMode, params: OrderListParams) => [...orderKeys.lists(mode), params] as const,
  /** Counted over the lists: whatever refreshes the lists refreshes the views' counts too. */
  views: (mode: DataMode) => [...orderKeys.lists(mode), 'views'] as const,
  details: (mode: DataMode) => [...orderKeys.mode(mode), 'detail'] as const,
  detail: (mode: DataMode, orderNumber: string) => [...orderKeys.details(mode), orderNumber] as const,
};
