import { useQueryClient } from '@tanstack/react-query';
import type { OrderDetail, OrderSummary } from '@/contract/orders';
import { isApiError } from '@/lib/api-error';
import { useDataMode } from '@/lib/data-mode';
import type { OrderAction } from './api-paths';
import { orderQueryOptions } from './get-order';
import { postOrderAction } from './order-actions';
import { orderKeys } from './query-keys';
import { useMutationOnce } from '@/lib/use-mutation-once';

/** The actions a batch of orders can take: those whose body is only the version the list showed. */
export type BulkAction = Extract<OrderAction, 'activate' | 'extendExpiry'>;

/**
 * The changed order on success; a refusal carries the order as it is now, when it could be read,
 * so the report can say what happened to it.
 */
export type BulkOutcome =
  | { orderNumber: string; ok: true; order: OrderDetail }
  | { orderNumber: string; ok: false; error: unknown; fresh: OrderDetail | null };

/**
 * Applies one action to several orders one after the other, each against the version the list
 * showed and with its own idempotency key, so that running the batch again never applies it twice.
 */
export function useBulkOrderAction(action: BulkAction) {
  const queryClient = useQueryClient();
  const mode = useDataMode();
  return useMutationOnce({
    mutationFn: async ({ orders, keys }: { orders: OrderSummary[]; keys: Record<string, string> }) => {
      const outcomes: BulkOutcome[] = [];
      for (const order of orders) {
        try {
          const changed = await postOrderAction(mode, action, {
            orderNumber: order.orderNumber,
            idempotencyKey: keys[order.orderNumber] ?? crypto.randomUUID(),
            body: { version: order.version },
          });
          queryClient.setQueryData(orderKeys.detail(mode, changed.orderNumber), changed);
          outcomes.push({ orderNumber: order.orderNumber, ok: true, order: changed });
        } catch (error) {
          const fresh = isApiError(error, 'conflict')
            ? await queryClient.fetchQuery({ ...orderQueryOptions(mode, order.orderNumber), staleTime: 0 }).catch(() => null)
            : null;
          outcomes.push({ orderNumber: order.orderNumber, ok: false, error, fresh });
        }
      }
      return outcomes;
    },
    // The outcomes show at once; the orders refresh behind them, as after a single action.
    onSettled: () => void queryClient.invalidateQueries({ queryKey: orderKeys.mode(mode) }),
  });
}
