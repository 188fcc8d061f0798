import { useMutation, type DefaultError, type UseMutateFunction, type UseMutationOptions, type UseMutationResult } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';

/**
 * TanStack Query's mutation, sent once at a time: asked again while it is on its way (a double
 * click, or Enter pressed twice, faster than its button turns busy), it sends nothing more. Without
 * this, both presses reach the API before the first render that disables the button.
 */
export function useMutationOnce<TData = unknown, TError = DefaultError, TVariables = void, TContext = unknown>(
  options: UseMutationOptions<TData, TError, TVariables, TContext>,
): UseMutationResult<TData, TError, TVariables, TContext> {
  const sending = useRef(false);
  const { onSettled } = options;
  const mutation = useMutation<TData, TError, TVariables, TContext>({
    ...options,
    onSettled: (...settled) => {
      sending.current = false;
      return onSettled?.(...settled);
    },
  });
  const { mutate: send } = mutation;
  const mutate = useCallback<UseMutateFunction<TData, TError, TVariables, TContext>>(
    (...args) => {
      if (sending.current) return;
      sending.current = true;
      send(...args);
    },
    [send],
  );
  return { ...mutation, mutate };
}
