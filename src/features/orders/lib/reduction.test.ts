import type { OrderDetail } from '@/contract/orders';
import { returnCredit, returnsEverything, returnValue } from './reduction';

const line = (id: string, quantity: number, lineTotal: number, returned = 0): OrderDetail['lines'][number] => ({
  id,
  articleNumber: id,
  title: id,
  quantity,
  unitPrice: Math.round(lineTotal / quantity),
  discount: 0,
  vatRate: 21,
  lineTotal,
  shipDate: null,
  quantityShipped: quantity,
  quantityInvoiced: quantity,
  quantityCancelled: 0,
  quantityReturned: returned,
});

describe('returns', () => {
  const order = { lines: [line('a', 2, 5000), line('b', 3, 1000)], outstanding: 6495 };

  it('shares a line total over its units so that returning them one by one adds up to the total', () => {
    expect(returnValue(line('x', 3, 1000), 1)).toBe(333);
    expect(returnValue(line('x', 3, 1000, 1), 1)).toBe(334);
    expect(returnValue(line('x', 3, 1000, 2), 1)).toBe(333);
    expect(returnValue(line('x', 2, 101), 2)).toBe(101);
  });

  it('credits the returned units while items remain', () => {
    expect(returnCredit(order, [{ lineId: 'a', quantity: 1 }])).toBe(2500);
    expect(returnCredit(order, [{ lineId: 'a', quantity: 0 }])).toBe(0);
  });

  it('credits everything outstanding, shipping included, when no item remains', () => {
    const all = [
      { lineId: 'a', quantity: 2 },
      { lineId: 'b', quantity: 3 },
    ];
    expect(returnsEverything(order, all)).toBe(true);
    expect(returnCredit(order, all)).toBe(6495);
  });

  it('never credits more than is outstanding after earlier reductions', () => {
    expect(returnCredit({ ...order, outstanding: 1000 }, [{ lineId: 'a', quantity: 1 }])).toBe(1000);
  });

  it('counts only what remains on a line that was partly returned before', () => {
    const partly = { lines: [line('a', 2, 5000, 1), line('b', 3, 1000, 3)], outstanding: 2995 };
    expect(returnsEverything(partly, [{ lineId: 'a', quantity: 1 }])).toBe(true);
  });
});
