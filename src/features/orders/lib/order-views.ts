import type { OrderView } from '@/contract/orders';
import { filterNames, parseListParams, toSearchParams, type OrderListParams } from './list-params';

/** The list's query that shows a view. */
export function viewSearch(view: OrderView): URLSearchParams {
  return toSearchParams(viewParams(view));
}

function viewParams(view: OrderView): OrderListParams {
  return parseListParams(new URLSearchParams(view.query));
}

/** Whether the list shows a view's filters: sort and page may differ, and the values of a filter may come in any order. */
export function isCurrentView(view: OrderView, params: OrderListParams): boolean {
  const wanted = viewParams(view);
  const text = (value: unknown) => (Array.isArray(value) ? [...(value as string[])].sort().join(',') : String(value));
  return filterNames.every((name) => text(wanted[name]) === text(params[name]));
}
