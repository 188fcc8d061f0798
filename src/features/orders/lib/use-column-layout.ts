import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { storageSignal } from '@/lib/storage-signal';
import { isDefaultLayout, parseColumnLayout, type ColumnLayout } from './column-layout';

const keyOf = (owner: string) => `comptoir.orders.columns.${owner}`;

// The table, the Columns panel and the saved views hear of a change.
const layoutChanges = storageSignal();

/** Keeps `layout` as `owner`'s layout of the orders list on this device; the defaults are kept as nothing. */
export function writeColumnLayout(owner: string, layout: ColumnLayout) {
  if (isDefaultLayout(layout)) localStorage.removeItem(keyOf(owner));
  else localStorage.setItem(keyOf(owner), JSON.stringify(layout));
  layoutChanges.notify();
}

/** The signed-in user's layout of the orders list, and the way to change it (stable). */
export function useColumnLayout(owner: string | null): [ColumnLayout, (layout: ColumnLayout) => void] {
  // Read as text, so that an unchanged layout is the same snapshot and the same object.
  const stored = useSyncExternalStore(layoutChanges.subscribe, () => (owner ? localStorage.getItem(keyOf(owner)) : null));
  const layout = useMemo(() => parseColumnLayout(stored), [stored]);
  const change = useCallback(
    (next: ColumnLayout) => {
      if (owner) writeColumnLayout(owner, next);
    },
    [owner],
  );
  return [layout, change];
}
