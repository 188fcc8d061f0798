import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { isDefaultLayout, parseColumnLayout, type ColumnLayout } from './column-layout';

const keyOf = (owner: string) => `comptoir.orders.columns.${owner}`;

// The table, the Columns panel and the saved views hear of a change at once in this tab, and in
// other tabs through the storage event.
const listeners = new Set<() => void>();
function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

/** Keeps `layout` as `owner`'s layout of the orders list on this device; the defaults are kept as nothing. */
export function writeColumnLayout(owner: string, layout: ColumnLayout) {
  if (isDefaultLayout(layout)) localStorage.removeItem(keyOf(owner));
  else localStorage.setItem(keyOf(owner), JSON.stringify(layout));
  for (const listener of listeners) listener();
}

/** The signed-in user's layout of the orders list, and the way to change it (stable). */
export function useColumnLayout(owner: string | null): [ColumnLayout, (layout: ColumnLayout) => void] {
  // Read as text, so that an unchanged layout is the same snapshot and the same object.
  const stored = useSyncExternalStore(subscribe, () => (owner ? localStorage.getItem(keyOf(owner)) : null));
  const layout = useMemo(() => parseColumnLayout(stored), [stored]);
  const change = useCallback(
    (next: ColumnLayout) => {
      if (owner) writeColumnLayout(owner, next);
    },
    [owner],
  );
  return [layout, change];
}
