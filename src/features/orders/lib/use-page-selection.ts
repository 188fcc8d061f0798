import type { RowSelectionState } from '@tanstack/react-table';
import { useEffect, useState } from 'react';
import { z } from 'zod';
import { isActionOpen } from '@/contract/order-action-statuses';
import type { OrderSummary } from '@/contract/orders';
import { useCurrentUserKey } from '@/lib/current-user';
import { useDataMode } from '@/lib/data-mode';
import { toSearchParams, type OrderListParams } from './list-params';
import { readStored, writeStored } from '@/lib/stored-json';

// Kept in the tab, so that opening an order and coming back finds the rows still picked: for the
// page shown last, its user and data world.
const storageKey = 'comptoir.orders.selection';
const keptSchema = z.object({ view: z.string(), selection: z.record(z.string(), z.literal(true)) });

/** The selection this tab kept for `view`; none for another page, filter, sort, user or world, or what cannot be read. */
function keptSelection(view: string): RowSelectionState {
  const kept = readStored(sessionStorage, storageKey, keptSchema);
  return kept?.view === view ? kept.selection : {};
}

/**
 * The orders picked on the page shown. A new page, filter or sort starts a fresh selection, so
 * nobody acts on rows they no longer see.
 */
export function usePageSelection(params: OrderListParams, items: OrderSummary[] | undefined) {
  const view = `${useCurrentUserKey() ?? ''} ${useDataMode()} ${toSearchParams(params).toString()}`;
  const [selection, setSelection] = useState<RowSelectionState>(() => keptSelection(view));
  const [selectionView, setSelectionView] = useState(view);
  if (view !== selectionView) {
    setSelectionView(view);
    // The same empty selection stays the same object, so the table need not render again for it.
    setSelection((current) => (Object.keys(current).length === 0 ? current : {}));
  }
  // Without storage (a private window's quota) the selection lasts as long as the page.
  useEffect(() => void writeStored(sessionStorage, storageKey, { view: selectionView, selection }), [selectionView, selection]);
  const selected = (items ?? []).filter((order) => selection[order.orderNumber] && isActionOpen('activate', order.status));
  return { selection, setSelection, selected };
}
