import { sortKeys, type OrderSummary } from '@/contract/orders';
import { OrderIndex, type OrderQuery } from './order-query';
import { createRandom } from './seeded-random';

const day = '2026-11-24';
let next = 0;
function order(overrides: Partial<OrderSummary> & { customerName?: string } = {}): OrderSummary {
  next += 1;
  const orderNumber = overrides.orderNumber ?? String(1_000_000 + next);
  const { customerName = `Customer ${next}`, ...rest } = overrides;
  return {
    orderNumber,
    merchantId: '3333',
    paymentReference: `BP${orderNumber}/3333`,
    orderDate: '2026-10-01T10:00:00.000Z',
    customer: { type: 'private', name: customerName, companyName: null, vatNumber: null, email: `c${next}@mail.example`, customerId: `C${100_000 + next}` },
    yourReference: null,
    country: 'BE',
    paymentMethod: 'invoice',
    paymentTermDays: 14,
    currency: 'EUR',
    total: 10_000,
    outstanding: 10_000,
    credited: 0,
    shippingFee: 0,
    status: 'activated',
    statusReason: null,
    statusReasonCode: null,
    shippingStatus: 'shipped',
    completeness: 'complete',
    expiresAt: '2026-12-01',
    maxExpiresAt: null,
    expiryExtended: false,
    daysToExpiry: null,
    activatedAt: null,
    dueDate: null,
    agreedDueDate: null,
    paymentState: null,
    lastCreditedAt: null,
    version: 1,
    ...rest,
  };
}

// The tests give the index summaries already: each is shown as it is.
const shownAsIs = (row: OrderSummary) => row;
const everything: OrderQuery = { sort: 'orderNumber', order: 'asc', page: 1, pageSize: 100 };
const numbers = (index: OrderIndex, query: Partial<OrderQuery>) => index.page({ ...everything, ...query }).items.map((row) => row.orderNumber);

describe('filtering orders', () => {
  const rows = [
    order({ orderNumber: '1000001', status: 'created', daysToExpiry: 3, shippingStatus: 'waiting', completeness: 'incomplete', orderDate: '2026-10-01T06:00:00.000Z' }),
    order({ orderNumber: '1000002', status: 'created', daysToExpiry: 12, country: 'DE', orderDate: '2026-10-02T21:59:00.000Z' }),
    order({ orderNumber: '1000003', status: 'paid', paymentMethod: 'direct-debit', country: 'NL', orderDate: '2026-10-03T12:00:00.000Z' }),
    order({ orderNumber: '1000004', status: 'cancelled', statusReason: 'Expired: not activated within two months', statusReasonCode: 'expired', paymentMethod: 'instalments', orderDate: '2026-10-04T12:00:00.000Z' }),
    order({ orderNumber: '1000005', status: 'credited', yourReference: 'PO-1000001', customerName: 'Hannah Richter', country: 'DE' }),
    order({
      orderNumber: '1000006',
      customer: { type: 'business', name: 'Jesse Bakker', companyName: 'Mulder & Bos B.V.', vatNumber: 'NL123456789B01', email: 'orders@mulderbos.example', customerId: 'C200001' },
    }),
  ];
  const index = new OrderIndex(rows, day, shownAsIs);

  it('keeps orders of any of the listed statuses', () => {
    expect(numbers(index, { status: ['created', 'paid'] })).toEqual(['1000001', '1000002', '1000003']);
  });

  it('filters by shipping, completeness, method and country', () => {
    expect(numbers(index, { shipping: ['waiting'] })).toEqual(['1000001']);
    expect(numbers(index, { completeness: ['incomplete'] })).toEqual(['1000001']);
    expect(numbers(index, { method: ['direct-debit', 'instalments'] })).toEqual(['1000003', '1000004']);
    expect(numbers(index, { country: ['DE', 'NL'] })).toEqual(['1000002', '1000003', '1000005']);
    expect(numbers(index, { country: ['DE'], status: ['credited'] })).toEqual(['1000005']);
  });

  it('includes both ends of the date range, whatever the time of day', () => {
    expect(numbers(index, { from: '2026-10-02', to: '2026-10-03' })).toEqual(['1000002', '1000003']);
    expect(numbers(index, { from: '2026-10-04' })).toEqual(['1000004']);
  });

  it('finds created orders that expire within the given days', () => {
    expect(numbers(index, { expiresWithinDays: 3 })).toEqual(['1000001']);
    expect(numbers(index, { expiresWithinDays: 12 })).toEqual(['1000001', '1000002']);
    expect(numbers(index, { expiresWithinDays: 0 })).toEqual([]);
  });

  it('finds exactly one order by its number or payment reference, in any case and with spaces', () => {
    expect(numbers(index, { q: '1000001' })).toEqual(['1000001']);
    expect(numbers(index, { q: ' bp1000005/3333 ' })).toEqual(['1000005']);
    expect(numbers(index, { q: 'BP1000005/4711' })).toEqual([]);
  });

  it('forgives a reference pasted from a bank statement: inner spaces, case, no BP prefix, leading zeros', () => {
    for (const q of ['BP 1000005/3333', 'bp 1000005 / 3333', '1000005/3333', 'Bp1000005', '0001000005', 'BP 0001000005/3333', '1 000 005']) {
      expect({ q, found: numbers(index, { q }) }).toEqual({ q, found: ['1000005'] });
    }
    expect(numbers(index, { q: '1000005/4711' })).toEqual([]);
  });

  it('reads a space where the reference had its slash, as some banks print it', () => {
    for (const q of ['BP1000005 3333', 'bp 1000005  3333']) {
      expect({ q, found: numbers(index, { q }) }).toEqual({ q, found: ['1000005'] });
    }
    expect(numbers(index, { q: 'BP1000005 4711' })).toEqual([]);
  });

  it('finds a name typed surname first or with more spaces, each word within one field', () => {
    for (const q of ['richter hannah', 'Hannah  Richter', 'richt hann']) {
      expect({ q, found: numbers(index, { q }) }).toEqual({ q, found: ['1000005'] });
    }
    // The name in one field, the order number in another: not one customer's name.
    expect(numbers(index, { q: 'hannah 1000005' })).toEqual([]);
  });

  it('searches a part of a reference typed with spaces as without them', () => {
    expect(numbers(index, { q: 'BP 100000' })).toHaveLength(6);
    expect(numbers(index, { q: 'bp 1000006/33' })).toEqual(['1000006']);
    // Spaces in a name still count.
    expect(numbers(index, { q: 'hannah richter' })).toEqual(['1000005']);
    expect(numbers(index, { q: 'hannahrichter' })).toEqual([]);
  });

  it('finds a name typed without its accents, and with them', () => {
    const accented = new OrderIndex([order({ orderNumber: '1000011', customerName: 'Léo Müller' }), order({ orderNumber: '1000012', customerName: 'Leo Muller' })], day, shownAsIs);
    expect(numbers(accented, { q: 'leo muller' })).toEqual(['1000011', '1000012']);
    expect(numbers(accented, { q: 'LÉO MÜLLER' })).toEqual(['1000011', '1000012']);
    expect(numbers(accented, { q: 'Müll' })).toEqual(['1000011', '1000012']);
  });

  it('otherwise searches names, e-mail, customer id, company and your reference', () => {
    expect(numbers(index, { q: 'richter' })).toEqual(['1000005']);
    expect(numbers(index, { q: 'MULDER &' })).toEqual(['1000006']);
    expect(numbers(index, { q: 'C200001' })).toEqual(['1000006']);
    expect(numbers(index, { q: 'po-1000' })).toEqual(['1000005']);
    expect(numbers(index, { q: '10000' })).toHaveLength(6);
  });

  it('searches what an order says now, whether its search text was made ahead or on the search', () => {
    for (const prepared of [true, false]) {
      const changing = new OrderIndex(rows, day, shownAsIs);
      if (prepared) expect(changing.prepareSearch(rows.length)).toBe(true);
      expect(numbers(changing, { q: 'richter' })).toEqual(['1000005']);
      expect(numbers(changing, { q: 'BP1000005/3333' })).toEqual(['1000005']);
      changing.replace({ ...(rows[4] as OrderSummary), customer: { ...(rows[4] as OrderSummary).customer, name: 'Hannah Vogel' } });
      changing.replace(order({ orderNumber: '1000007', customerName: 'Lena Richter' }));
      expect(numbers(changing, { q: 'richter' })).toEqual(['1000007']);
      expect(numbers(changing, { q: 'vogel' })).toEqual(['1000005']);
      expect(numbers(changing, { q: 'bp1000007/3333' })).toEqual(['1000007']);
    }
  });

  it('still applies the other filters to an exact match', () => {
    expect(numbers(index, { q: '1000001', status: ['paid'] })).toEqual([]);
  });
});

describe('sorting and paging', () => {
  const rows = [
    order({ orderNumber: '2000004', total: 500, daysToExpiry: 5, status: 'created' }),
    order({ orderNumber: '2000001', total: 900 }),
    order({ orderNumber: '2000003', total: 500, daysToExpiry: 1, status: 'created', yourReference: 'PO-10' }),
    order({ orderNumber: '2000002', total: 700, yourReference: 'PO-9' }),
    order({ orderNumber: '2000005', total: 500 }),
  ];
  const index = new OrderIndex(rows, day, shownAsIs);

  it('breaks ties by order number in the sort direction', () => {
    expect(numbers(index, { sort: 'total', order: 'asc' })).toEqual(['2000003', '2000004', '2000005', '2000002', '2000001']);
    expect(numbers(index, { sort: 'total', order: 'desc' })).toEqual(['2000001', '2000002', '2000005', '2000004', '2000003']);
  });

  it('puts nulls last in both directions', () => {
    expect(numbers(index, { sort: 'daysToExpiry', order: 'asc' }).slice(0, 2)).toEqual(['2000003', '2000004']);
    expect(numbers(index, { sort: 'daysToExpiry', order: 'desc' }).slice(0, 2)).toEqual(['2000004', '2000003']);
    expect(numbers(index, { sort: 'yourReference', order: 'asc' }).slice(0, 2)).toEqual(['2000002', '2000003']);
    expect(numbers(index, { sort: 'yourReference', order: 'desc' }).slice(0, 2)).toEqual(['2000003', '2000002']);
  });

  it('sorts customers by the name the list shows: a business by its company, not the person who ordered', () => {
    const business = (orderNumber: string, name: string, companyName: string) => {
      const row = order({ orderNumber, customerName: name });
      return { ...row, customer: { ...row.customer, type: 'business' as const, companyName } };
    };
    const customers = new OrderIndex(
      [order({ orderNumber: '3000001', customerName: 'Bert Claes' }), business('3000002', 'Anna Richter', 'Zeeland Logistics BV'), business('3000003', 'Zoe Martin', 'Atelier Moreau')],
      day,
      shownAsIs,
    );
    expect(numbers(customers, { sort: 'customerName', order: 'asc' })).toEqual(['3000003', '3000001', '3000002']);
  });

  it('sorts statuses in life-cycle order', () => {
    expect(numbers(index, { sort: 'status', order: 'asc' }).slice(0, 2)).toEqual(['2000003', '2000004']);
  });

  it('pages without gaps or repeats and reports the total', () => {
    const pages = [1, 2, 3].map((page) => index.page({ ...everything, sort: 'total', order: 'desc', page, pageSize: 2 }));
    expect(pages.map((page) => page.total)).toEqual([5, 5, 5]);
    expect(pages.flatMap((page) => page.items.map((row) => row.orderNumber))).toEqual(numbers(index, { sort: 'total', order: 'desc' }));
    expect(index.page({ ...everything, page: 9, pageSize: 2 })).toEqual({ items: [], page: 9, pageSize: 2, total: 5 });
  });

  it('sorts a changed order into its new place', () => {
    const changing = new OrderIndex(rows, day, shownAsIs);
    expect(numbers(changing, { sort: 'total', order: 'desc' })[0]).toBe('2000001');
    changing.replace({ ...(rows[4] as OrderSummary), total: 1_000 });
    expect(numbers(changing, { sort: 'total', order: 'desc' })).toHaveLength(5);
    expect(numbers(changing, { sort: 'total', order: 'desc' })[0]).toBe('2000005');
  });

  it('keeps every sort order right through many changes and additions, as a fresh index would sort them', () => {
    const random = createRandom('order-query', 'changes');
    const names = ['Émile Dubois', 'emile dubois', 'Zoë Maes', 'Anna Jansen', 'Ölaf Berg'];
    let current = Array.from({ length: 60 }, (_, index) => order({ total: 100 * (index % 7), customerName: random.pick(names) }));
    const changing = new OrderIndex(current, day, shownAsIs);
    // Every sort order is built once, so that each change has to move the order inside it.
    for (const sort of sortKeys) numbers(changing, { sort });
    for (let step = 0; step < 200; step += 1) {
      const isNew = random.chance(0.1);
      const base = isNew ? order() : random.pick(current);
      const changed: OrderSummary = {
        ...base,
        total: random.int(0, 4) * 100,
        status: random.pick(['created', 'activated', 'paid', 'cancelled', 'credited'] as const),
        daysToExpiry: random.chance(0.5) ? null : random.int(0, 9),
        yourReference: random.chance(0.5) ? null : `PO-${random.int(0, 19)}`,
        customer: { ...base.customer, name: random.pick(names) },
      };
      changing.replace(changed);
      current = isNew ? [...current, changed] : current.map((row) => (row.orderNumber === changed.orderNumber ? changed : row));
    }
    const fresh = new OrderIndex(current, day, shownAsIs);
    for (const sort of sortKeys) {
      for (const direction of ['asc', 'desc'] as const) {
        const query = { sort, order: direction, pageSize: 1_000 };
        expect({ sort, direction, numbers: numbers(changing, query) }).toEqual({ sort, direction, numbers: numbers(fresh, query) });
      }
    }
  });

  it('returns every match for an export in list order', () => {
    expect(index.all({ sort: 'total', order: 'asc', status: ['created'] }).map((row) => row.orderNumber)).toEqual(['2000003', '2000004']);
  });
});
