import { SeededWorld } from './seed';
import { readStoredOrders, storeOrders } from './stored-orders';

const generated = new SeededWorld({ seed: 7, ordersPerWorld: 2_000, anchor: '2026-11-24' }, '3333', 'live').cores();

describe('a world kept as columns', () => {
  it('reads back exactly the orders that were generated', () => {
    const kept = structuredClone(storeOrders(generated));
    expect(readStoredOrders(kept)).toEqual(generated);
  });

  it('keeps a customer with several orders as one object', () => {
    const read = readStoredOrders(structuredClone(storeOrders(generated)))!;
    const first = new Map<string, (typeof read)[number]['customer']>();
    const returning = read.find((order) => {
      const earlier = first.get(order.customer.customerId);
      first.set(order.customer.customerId, earlier ?? order.customer);
      return earlier !== undefined;
    })!;
    expect(returning.customer).toBe(first.get(returning.customer.customerId));
  });

  it('reads an empty world as empty, and columns missing a field as nothing', () => {
    expect(readStoredOrders(storeOrders([]))).toEqual([]);
    const stored = storeOrders(generated);
    expect(readStoredOrders({ ...stored, columns: stored.columns.filter((column) => column.field !== 'total') })).toBeNull();
  });

  it('reads nothing from columns edited in the browser: a value of the wrong kind, a customer cut short, a place out of range', () => {
    const tampered = (change: (stored: ReturnType<typeof storeOrders>) => void) => {
      const stored = structuredClone(storeOrders(generated));
      change(stored);
      return readStoredOrders(stored);
    };
    const column = (stored: ReturnType<typeof storeOrders>, field: string) => stored.columns.find((each) => each.field === field)!;
    expect(tampered((stored) => (column(stored, 'total').distinct[0] = 'free'))).toBeNull();
    expect(tampered((stored) => delete (column(stored, 'customer').distinct[0] as { email?: string }).email)).toBeNull();
    expect(tampered((stored) => (column(stored, 'status').places[3] = 999_999))).toBeNull();
    expect(tampered((stored) => (stored.count = 2_001))).toBeNull();
    expect(tampered(() => undefined)).toEqual(generated);
  });
});
