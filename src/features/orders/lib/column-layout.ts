import { z } from 'zod';

/** The narrowest and widest a column can be made, and how far one arrow key press moves its edge. */
export const columnWidthLimits = { min: 60, max: 800, step: 10 } as const;

/**
 * How the user laid out the orders list: the columns hidden, their order, the widths they chose.
 * A column the layout does not name shows, in its place, at its own width.
 */
export const columnLayoutSchema = z.object({
  hidden: z.array(z.string()),
  order: z.array(z.string()),
  widths: z.record(z.string(), z.number().int().min(columnWidthLimits.min).max(columnWidthLimits.max)),
});
export type ColumnLayout = z.infer<typeof columnLayoutSchema>;

/**
 * The order's details (its references in the shop, how it is paid, shipped and delivered) start
 * hidden, as the list would not fit a laptop's screen with them: the Columns panel shows them.
 */
export const defaultColumnLayout: ColumnLayout = { hidden: ['yourReference', 'paymentMethod', 'shippingStatus', 'completeness'], order: [], widths: {} };

/** The selection column stays first and shown; the order number, what a row is found by, stays shown. */
export const selectionColumnId = 'select';
const alwaysShown = new Set([selectionColumnId, 'orderNumber']);

export function canHideColumn(id: string): boolean {
  return !alwaysShown.has(id);
}

/** A layout kept as text (in storage); anything unreadable counts as the defaults. */
export function parseColumnLayout(text: string | null): ColumnLayout {
  if (!text) return defaultColumnLayout;
  try {
    const parsed = columnLayoutSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : defaultColumnLayout;
  } catch {
    return defaultColumnLayout;
  }
}

export function isDefaultLayout(layout: ColumnLayout): boolean {
  const hidden = new Set(layout.hidden);
  const hidesTheDefaults = hidden.size === defaultColumnLayout.hidden.length && defaultColumnLayout.hidden.every((id) => hidden.has(id));
  return hidesTheDefaults && layout.order.length === 0 && Object.keys(layout.widths).length === 0;
}

/**
 * The columns `ids` (the table's, in their default order, the selection column left out) in the
 * user's order. An id the layout does not know comes right after the column it follows by default;
 * ids the table no longer has are dropped.
 */
export function orderedColumns(layout: ColumnLayout, ids: readonly string[]): string[] {
  const known = new Set(ids);
  const ordered = layout.order.filter((id, index) => known.has(id) && layout.order.indexOf(id) === index);
  ids.forEach((id, index) => {
    if (!ordered.includes(id)) ordered.splice(index === 0 ? 0 : ordered.indexOf(ids[index - 1]!) + 1, 0, id);
  });
  return ordered;
}

/** The layout with column `id` one place earlier (-1) or later (+1); at either end it stays. */
export function moveColumn(layout: ColumnLayout, ids: readonly string[], id: string, by: -1 | 1): ColumnLayout {
  const order = orderedColumns(layout, ids);
  const from = order.indexOf(id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= order.length) return layout;
  [order[from], order[to]] = [order[to]!, order[from]!];
  return { ...layout, order };
}

export function setColumnShown(layout: ColumnLayout, id: string, shown: boolean): ColumnLayout {
  if (!canHideColumn(id)) return layout;
  const hidden = layout.hidden.filter((other) => other !== id);
  return { ...layout, hidden: shown ? hidden : [...hidden, id] };
}

export function clampWidth(width: number): number {
  return Math.min(columnWidthLimits.max, Math.max(columnWidthLimits.min, Math.round(width)));
}

export function setColumnWidth(layout: ColumnLayout, id: string, width: number): ColumnLayout {
  return { ...layout, widths: { ...layout.widths, [id]: clampWidth(width) } };
}

/** The column back at the width the browser gives it. */
export function resetColumnWidth(layout: ColumnLayout, id: string): ColumnLayout {
  return { ...layout, widths: Object.fromEntries(Object.entries(layout.widths).filter(([other]) => other !== id)) };
}

/**
 * The layout as TanStack Table's state: visibility, order (selection first) and sizing. The columns
 * `leftOut` (those the filters leave empty) are hidden too, without the user's layout changing.
 */
export function tableLayoutState(layout: ColumnLayout, ids: readonly string[], leftOut: readonly string[] = []) {
  return {
    columnVisibility: Object.fromEntries([...layout.hidden, ...leftOut].filter(canHideColumn).map((id) => [id, false])),
    columnOrder: [selectionColumnId, ...orderedColumns(layout, ids)],
    columnSizing: layout.widths,
  };
}
