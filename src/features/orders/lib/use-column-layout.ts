import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { storageSignal } from '@/lib/storage-signal';
import { writeStored } from '@/lib/stored-json';
import { isDefaultLayout, parseColumnLayout, type ColumnLayout } from './column-layout';
import { useNotKeptNotice } from './not-kept-notice';

const keyOf = (owner: string) => `comptoir.orders.columns.${owner}`;

// The table, the Columns panel and the saved views hear of a change.
const layoutChanges = storageSignal();

/**
 * Keeps `layout` as `owner`'s layout of the orders list on this device (the defaults are kept as
 * nothing); false when the storage refused it, the layout then staying as it was.
 */
export function writeColumnLayout(owner: string, layout: ColumnLayout): boolean {
  if (!writeStored(localStorage, keyOf(owner), isDefaultLayout(layout) ? null : layout)) return false;
  layoutChanges.notify();
  return true;
}

/** The signed-in user's layout of the orders list, and the way to change it (stable). */
export function useColumnLayout(owner: string | null): [ColumnLayout, (layout: ColumnLayout) => void] {
  // Read as text, so that an unchanged layout is the same snapshot and the same object.
  const stored = useSyncExternalStore(layoutChanges.subscribe, () => (owner ? localStorage.getItem(keyOf(owner)) : null));
  const layout = useMemo(() => parseColumnLayout(stored), [stored]);
  const notKept = useNotKeptNotice();
  const change = useCallback(
    (next: ColumnLayout) => {
      if (owner && !writeColumnLayout(owner, next)) notKept();
    },
    [owner, notKept],
  );
  return [layout, change];
}
