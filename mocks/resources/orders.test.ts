import type { OrderDetail, OrderPage, OrderSummary } from '@/contract/orders';
import { call, passSecurityCheck, signIn } from '../testing/api-client';
import { resetAndSignIn } from '../testing/small-backend';

let token: string;

beforeEach(async () => {
  token = await resetAndSignIn();
});

const list = async (query = '', mode: 'test' | 'live' = 'live') => {
  const response = await call(`/orders${query}`, { token, mode });
  expect(response.status).toBe(200);
  return (await response.json()) as OrderPage;
};

describe('GET /api/orders', () => {
  it('answers 401 without a session and 400 without a valid mode', async () => {
    expect((await call('/orders')).status).toBe(401);
    expect((await call('/orders', { token, mode: null })).status).toBe(400);
    const other = await fetch('http://localhost/api/orders', { headers: { Authorization: `Bearer ${token}`, 'Comptoir-Mode': 'prod' } });
    expect(other.status).toBe(400);
    expect(await other.json()).toMatchObject({ status: 400, title: 'Malformed request' });
  });

  it('lists the newest orders first, 25 to a page', async () => {
    const page = await list();
    expect(page).toMatchObject({ page: 1, pageSize: 25, total: 300 });
    expect(page.items).toHaveLength(25);
    const dates = page.items.map((order) => order.orderDate);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(page.items[0]).toMatchObject({ merchantId: '3333', currency: 'EUR', paymentReference: `BP${page.items[0]?.orderNumber}/3333` });
  });

  it('filters, sorts and pages', async () => {
    const page = await list('?status=created,activated&country=BE,DE&sort=total&order=desc&page=2&pageSize=10');
    expect(page.items.length).toBeGreaterThan(0);
    for (const order of page.items) {
      expect(['created', 'activated']).toContain(order.status);
      expect(['BE', 'DE']).toContain(order.country);
    }
    const totals = page.items.map((order) => order.total);
    expect([...totals].sort((a, b) => b - a)).toEqual(totals);
  });

  it('finds created orders close to expiry', async () => {
    const page = await list('?expiresWithinDays=30&sort=daysToExpiry&order=asc&pageSize=100');
    expect(page.total).toBeGreaterThan(0);
    for (const order of page.items) {
      expect(order.status).toBe('created');
      expect(order.daysToExpiry).toBeLessThanOrEqual(30);
    }
  });

  it('filters by payment state on the backend\'s today, and sorts by due date', async () => {
    const page = await list('?paymentState=overdue,reminder-2&sort=dueDate&order=asc&pageSize=100');
    expect(page.total).toBeGreaterThan(0);
    expect(new Set(page.items.map((order) => order.paymentState))).toEqual(new Set(['overdue', 'reminder-2']));
    const dueDates = page.items.map((order) => order.dueDate as string);
    expect([...dueDates].sort()).toEqual(dueDates);
    for (const order of page.items) expect(order).toMatchObject({ status: 'activated', activatedAt: expect.any(String) as string });
  });

  it('lists the orders overdue by more than N days, counting from the backend\'s today', async () => {
    const page = await list('?overdueByMoreThanDays=14&pageSize=100');
    expect(page.total).toBeGreaterThan(0);
    for (const order of page.items) {
      expect(['reminder-1', 'reminder-2', 'collection']).toContain(order.paymentState);
      expect(order.dueDate! < '2026-11-10').toBe(true);
    }
    expect(page.total).toBe((await list('?paymentState=reminder-1,reminder-2,collection')).total);
  });

  it('finds an order by a reference pasted with spaces, without BP, or a number with leading zeros', async () => {
    const [order] = (await list('?status=activated')).items;
    const number = order!.orderNumber;
    for (const q of [`BP ${number}/3333`, ` bp${number} / 3333`, `${number}/3333`, `000${number}`]) {
      const page = await list(`?q=${encodeURIComponent(q)}`);
      expect({ q, found: page.items.map((item) => item.orderNumber) }).toEqual({ q, found: [number] });
    }
  });

  it('refuses unknown payment states and a number of days that is not a whole number', async () => {
    const response = await call('/orders?paymentState=late&overdueByMoreThanDays=-1&creditedSince=2026-02-30', { token });
    expect(response.status).toBe(422);
    expect(((await response.json()) as { errors: Record<string, string[]> }).errors).toEqual({
      paymentState: ['Unknown value late. Use not-due, due, overdue, reminder-1, reminder-2, collection, paid.'],
      overdueByMoreThanDays: ['Use a whole number from 0 to 3650.'],
      creditedSince: ['Use a date written as YYYY-MM-DD.'],
    });
  });

  it('takes any whole page size from 1 to 100', async () => {
    const page = await list('?pageSize=5');
    expect(page).toMatchObject({ page: 1, pageSize: 5, total: 300 });
    expect(page.items).toHaveLength(5);
    for (const pageSize of ['0', '101', '2.5', 'x']) {
      const response = await call(`/orders?pageSize=${pageSize}`, { token });
      expect(response.status).toBe(422);
      expect(((await response.json()) as { errors: object }).errors).toEqual({ pageSize: ['Use a whole number from 1 to 100.'] });
    }
  });

  it('answers an empty page past the end', async () => {
    const page = await list('?page=99');
    expect(page).toEqual({ items: [], page: 99, pageSize: 25, total: 300 });
  });

  it('answers 422 naming every invalid parameter', async () => {
    const response = await call('/orders?status=open&pageSize=101&page=0&sort=colour&from=2026-13-01&expiresWithinDays=63&order=up', { token });
    expect(response.status).toBe(422);
    const body = (await response.json()) as { errors: Record<string, string[]> };
    expect(Object.keys(body.errors).sort()).toEqual(['expiresWithinDays', 'from', 'order', 'page', 'pageSize', 'sort', 'status']);
  });

  it('finds the orders expiring within the most days a created order can have left', async () => {
    // Two months from 1 July are 62 days: an order of 1 July has 62 days left on that day.
    expect((await call('/orders?expiresWithinDays=62', { token })).status).toBe(200);
  });

  it('refuses a date range that ends before it starts', async () => {
    const response = await call('/orders?from=2026-11-01&to=2026-10-01', { token });
    expect(response.status).toBe(422);
    expect(((await response.json()) as { errors: object }).errors).toHaveProperty('to');
  });

  it('never mixes the test and live worlds', async () => {
    const live = await list('?pageSize=100');
    const test = await list('?pageSize=100', 'test');
    const liveNumbers = new Set(live.items.map((order) => order.orderNumber));
    expect(test.items.some((order) => liveNumbers.has(order.orderNumber))).toBe(false);
    const aLiveOrder = live.items[0] as OrderSummary;
    expect((await list(`?q=${aLiveOrder.orderNumber}`, 'test')).total).toBe(0);
  });
});

describe('GET /api/orders/{orderNumber}', () => {
  it('returns the order with its lines and events', async () => {
    const [first] = (await list()).items;
    const response = await call(`/orders/${first?.orderNumber}`, { token });
    expect(response.status).toBe(200);
    const order = (await response.json()) as OrderDetail;
    expect(order).toMatchObject({ ...first });
    expect(order.lines.length).toBeGreaterThan(0);
    expect(order.total).toBe(order.lines.reduce((sum, line) => sum + line.lineTotal, 0) + order.shippingFee);
    expect(order.events[0]?.type).toBe('created');
  });

  it('answers 404 for another merchant’s, the other mode’s or an unknown order', async () => {
    const bergblick = await signIn('bergblick');
    await passSecurityCheck(bergblick);
    const [theirs] = ((await (await call('/orders', { token: bergblick })).json()) as OrderPage).items;
    const [ours] = (await list()).items;
    for (const [path, mode] of [
      [`/orders/${theirs?.orderNumber}`, 'live'],
      [`/orders/${ours?.orderNumber}`, 'test'],
      ['/orders/9999999', 'live'],
      ['/orders/not-a-number', 'live'],
    ] as const) {
      const response = await call(path, { token, mode });
      expect(response.status).toBe(404);
      expect(response.headers.get('Content-Type')).toBe('application/problem+json');
    }
  });

  it('lets every role read orders', async () => {
    const [first] = (await list()).items;
    const support = await signIn('support');
    expect((await call(`/orders/${first?.orderNumber}`, { token: support })).status).toBe(200);
  });
});
