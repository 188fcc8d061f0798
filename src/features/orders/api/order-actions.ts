import { useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { idempotencyKeyHeader } from '@/contract/common';
import { orderDetailSchema, type OrderDetail } from '@/contract/orders';
import { apiRequest } from '@/lib/api-client';
import { isApiError, type ApiError } from '@/lib/api-error';
import { useDataMode, type DataMode } from '@/lib/data-mode';
import { useMutationOnce } from '@/lib/use-mutation-once';
import { orderApiPaths, type OrderAction } from './api-paths';
import { orderKeys } from './query-keys';

/**
 * What every action on an order sends: the version the user saw (a stale one is refused with 409)
 * and an idempotency key, so that a retried request is applied once.
 */
export type ActionInput<Body> = { orderNumber: string; idempotencyKey: string; body: Body & { version: number } };

export function postOrderAction<Body>(mode: DataMode, action: OrderAction, { orderNumber, idempotencyKey, body }: ActionInput<Body>) {
  return apiRequest(orderApiPaths[action](orderNumber), orderDetailSchema, {
    method: 'POST',
    mode,
    body,
    headers: { [idempotencyKeyHeader]: idempotencyKey },
  });
}

export type ActionOptions<Body> = Omit<UseMutationOptions<OrderDetail, ApiError, ActionInput<Body>>, 'mutationFn'>;

/**
 * The mutation behind every action: the answer replaces the cached order, lists of this data world
 * are refetched, and a 409 refetches the order so the user sees what changed. The caller's own
 * callbacks still run.
 *
 * An applied action is confirmed as soon as the API answers: the lists refresh behind it. Waiting
 * for them (seconds on a large world or a slow machine) held the dialog open with the order's new
 * status in it, which the dialog then read as "no longer possible, nothing applied".
 */
export function useOrderAction<Body>(action: OrderAction, { onSuccess, onError, ...options }: ActionOptions<Body> = {}) {
  const queryClient = useQueryClient();
  const mode = useDataMode();
  return useMutationOnce<OrderDetail, ApiError, ActionInput<Body>>({
    ...options,
    mutationFn: (input) => postOrderAction(mode, action, input),
    onSuccess: (order, ...rest) => {
      queryClient.setQueryData(orderKeys.detail(mode, order.orderNumber), order);
      void queryClient.invalidateQueries({ queryKey: orderKeys.lists(mode) });
      return onSuccess?.(order, ...rest);
    },
    onError: async (error, input, ...rest) => {
      const changedMeanwhile = isApiError(error, 'conflict') || isApiError(error, 'not-found');
      const appliedBefore = isApiError(error, 'validation') && error.problem?.type.endsWith('/idempotency-key-reused');
      if (changedMeanwhile || appliedBefore) {
        await queryClient.invalidateQueries({ queryKey: orderKeys.detail(mode, input.orderNumber) });
        await queryClient.invalidateQueries({ queryKey: orderKeys.lists(mode) });
      }
      return onError?.(error, input, ...rest);
    },
  });
}

export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
