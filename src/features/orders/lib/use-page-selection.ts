import type { RowSelectionState } from '@tanstack/react-table';
import { useState } from 'react';
import type { OrderSummary } from '@/contract/orders';
import { toSearchParams, type OrderListParams } from './list-params';

/**
 * The orders picked on the page shown. A new page, filter or sort starts a fresh selection, so
 * nobody acts on rows they no longer see.
 */
export function usePageSelection(params: OrderListParams, items: OrderSummary[] | undefined) {
  const view = toSearchParams(params).toString();
  const [selection, setSelection] = useState<RowSelectionState>({});
  const [selectionView, setSelectionView] = useState(view);
  if (view !== selectionView) {
    setSelectionView(view);
    // The same empty selection stays the same object, so the table need not render again for it.
    setSelection((current) => (Object.keys(current).length === 0 ? current : {}));
  }
  const selected = (items ?? []).filter((order) => selection[order.orderNumber] && order.status === 'created');
  return { selection, setSelection, selected };
}
