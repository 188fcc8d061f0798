import { useDeferredValue } from 'react';

/**
 * An answer as a page may show it: the first is laid out in a pass React may interrupt, not in one
 * long task (undefined until then), later ones at once, since the page is already there.
 */
export function useLaidOut<Data>(data: Data | undefined): Data | undefined {
  const laidOut = useDeferredValue(data);
  return laidOut === undefined ? undefined : data;
}
