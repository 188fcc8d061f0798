import {
  canHideColumn,
  defaultColumnLayout,
  isDefaultLayout,
  moveColumn,
  orderedColumns,
  parseColumnLayout,
  resetColumnWidth,
  setColumnShown,
  setColumnWidth,
  tableLayoutState,
  type ColumnLayout,
} from './column-layout';

const ids = ['orderNumber', 'customerName', 'total', 'status'];
const layout = (change: Partial<ColumnLayout>): ColumnLayout => ({ ...defaultColumnLayout, ...change });

describe('reading a stored column layout', () => {
  it('reads back what was written', () => {
    const stored = layout({ hidden: ['status'], order: ['total', 'orderNumber'], widths: { customerName: 240 } });
    expect(parseColumnLayout(JSON.stringify(stored))).toEqual(stored);
  });

  it.each([
    ['nothing', null],
    ['text that is not JSON', '{hidden'],
    ['another shape', '{"hidden":"status"}'],
    ['a width out of bounds', '{"hidden":[],"order":[],"widths":{"total":5}}'],
  ])('takes the defaults for %s', (_, text) => {
    expect(parseColumnLayout(text)).toEqual(defaultColumnLayout);
  });
});

describe('the order of the columns', () => {
  it('is the default one until the user moves a column', () => {
    expect(orderedColumns(defaultColumnLayout, ids)).toEqual(ids);
  });

  it('moves a column one place either way, and not past either end', () => {
    const moved = moveColumn(defaultColumnLayout, ids, 'total', -1);
    expect(moved.order).toEqual(['orderNumber', 'total', 'customerName', 'status']);
    expect(moveColumn(moved, ids, 'total', 1).order).toEqual(ids);
    expect(moveColumn(defaultColumnLayout, ids, 'orderNumber', -1)).toBe(defaultColumnLayout);
    expect(moveColumn(defaultColumnLayout, ids, 'status', 1)).toBe(defaultColumnLayout);
  });

  it('drops columns the table no longer has and puts a new one after the column it follows by default', () => {
    const stored = layout({ order: ['total', 'gone', 'orderNumber', 'total', 'status'] });
    expect(orderedColumns(stored, ids)).toEqual(['total', 'orderNumber', 'customerName', 'status']);
  });
});

describe('hiding and sizing columns', () => {
  it('hides and shows a column, but never the order number nor the selection', () => {
    const allShown = layout({ hidden: [] });
    const hidden = setColumnShown(allShown, 'status', false);
    expect(hidden.hidden).toEqual(['status']);
    expect(setColumnShown(hidden, 'status', true).hidden).toEqual([]);
    expect(setColumnShown(allShown, 'orderNumber', false)).toBe(allShown);
    expect(canHideColumn('select')).toBe(false);
  });

  it("starts with the order's details hidden; showing one of them is the user's own layout", () => {
    expect(tableLayoutState(defaultColumnLayout, ids).columnVisibility).toEqual({ yourReference: false, paymentMethod: false, shippingStatus: false, completeness: false });
    const shown = setColumnShown(defaultColumnLayout, 'paymentMethod', true);
    expect(isDefaultLayout(shown)).toBe(false);
    expect(isDefaultLayout(setColumnShown(shown, 'paymentMethod', false))).toBe(true);
  });

  it('keeps a width within bounds, in whole pixels, until it is reset', () => {
    expect(setColumnWidth(defaultColumnLayout, 'total', 10).widths).toEqual({ total: 60 });
    expect(setColumnWidth(defaultColumnLayout, 'total', 5000).widths).toEqual({ total: 800 });
    const sized = setColumnWidth(defaultColumnLayout, 'total', 180.6);
    expect(sized.widths).toEqual({ total: 181 });
    expect(isDefaultLayout(sized)).toBe(false);
    expect(isDefaultLayout(resetColumnWidth(sized, 'total'))).toBe(true);
  });
});

describe('the layout as the table state', () => {
  it('keeps the selection first and says which columns are hidden and how wide', () => {
    const stored = layout({ hidden: ['status', 'orderNumber'], order: ['total', 'orderNumber', 'customerName', 'status'], widths: { total: 200 } });
    expect(tableLayoutState(stored, ids)).toEqual({
      columnVisibility: { status: false },
      columnOrder: ['select', 'total', 'orderNumber', 'customerName', 'status'],
      columnSizing: { total: 200 },
    });
  });
});
