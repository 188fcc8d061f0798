import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OrderDetail, OrderSummary } from '@/contract/orders';
import { isApiError } from '@/lib/api-error';
import { useDataMode } from '@/lib/data-mode';
import { orderQueryOptions } from './get-order';
import { postOrderAction } from './order-actions';
import { orderKeys } from './query-keys';

/** A refusal carries the order as it is now, when it could be read, so the report can say what happened to it. */
export type BulkOutcome =
  | { orderNumber: string; ok: true }
  | { orderNumber: string; ok: false; error: unknown; fresh: OrderDetail | null };

/**
 * Activates several orders one after the other, each against the version the list showed and with
 * its own idempotency key, so that running the batch again never activates an order twice.
 */
export function useActivateOrders() {
  const queryClient = useQueryClient();
  const mode = useDataMode();
  return useMutation({
    mutationFn: async ({ orders, keys }: { orders: OrderSummary[]; keys: Record<string, string> }) => {
      const outcomes: BulkOutcome[] = [];
      for (const order of orders) {
        try {
          const activated = await postOrderAction(mode, 'activate', {
            orderNumber: order.orderNumber,
            idempotencyKey: keys[order.orderNumber] ?? crypto.randomUUID(),
            body: { version: order.version },
          });
          queryClient.setQueryData(orderKeys.detail(mode, activated.orderNumber), activated);
          outcomes.push({ orderNumber: order.orderNumber, ok: true });
        } catch (error) {
          const fresh = isApiError(error, 'conflict')
            ? await queryClient.fetchQuery({ ...orderQueryOptions(mode, order.orderNumber), staleTime: 0 }).catch(() => null)
            : null;
          outcomes.push({ orderNumber: order.orderNumber, ok: false, error, fresh });
        }
      }
      return outcomes;
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: orderKeys.mode(mode) }),
  });
}
