import type { OrderView } from '@/contract/order-list';
import { filterNames, parseListParams, toSearchParams, type OrderListParams } from './list-params';

/** The list's query that shows a view, as many rows to a page as the list shows now. */
export function viewSearch(view: OrderView, pageSize?: OrderListParams['pageSize']): URLSearchParams {
  const params = viewParams(view);
  return toSearchParams(pageSize === undefined ? params : { ...params, pageSize });
}

// Read once per view: the links ask on every render of the list, and parsing goes through the schema.
const parsedViews = new WeakMap<OrderView, OrderListParams>();

function viewParams(view: OrderView): OrderListParams {
  let params = parsedViews.get(view);
  if (!params) {
    params = parseListParams(new URLSearchParams(view.query));
    parsedViews.set(view, params);
  }
  return params;
}

/** Whether the list shows a view's filters: sort and page may differ, and the values of a filter may come in any order. */
export function isCurrentView(view: OrderView, params: OrderListParams): boolean {
  const wanted = viewParams(view);
  const text = (value: unknown) => (Array.isArray(value) ? [...(value as string[])].sort().join(',') : String(value));
  return filterNames.every((name) => text(wanted[name]) === text(params[name]));
}
