import type { Mode } from '@/contract/common';
import type { OrderDetail, OrderPage } from '@/contract/orders';
import { statementYearSchema, type StatementDetail, type StatementSummary, type StatementYear } from '@/contract/statements';
import { resetMockBackend } from '../node';
import { setToday } from '../rules/clock';
import { feeFor } from '../rules/statement';
import { call, passSecurityCheck, signIn } from '../testing/api-client';
import { resetSmallBackend, today } from '../testing/small-backend';

let token: string;

beforeEach(async () => {
  resetSmallBackend();
  token = await signIn('finance');
});

async function json<T>(path: string, mode: Mode = 'live', as = token): Promise<T> {
  const response = await call(path, { token: as, mode });
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

const year = (value: number | string, mode: Mode = 'live') =>
  json<{ year: number; currency: string; items: StatementSummary[] }>(`/statements?year=${value}`, mode);
const statement = (week: string, mode: Mode = 'live') => json<StatementDetail>(`/statements/${week}`, mode);
const sum = (amounts: readonly number[]) => amounts.reduce((total, amount) => total + amount, 0);

describe('GET /api/statements', () => {
  it('lists the ended weeks of the year, newest first, and not the running week, which has no statement yet', async () => {
    const list = await year(2026);
    expect(list).toMatchObject({ year: 2026, firstYear: 2026, currency: 'EUR' });
    // Tuesday 2026-11-24 lies in 2026-W48: the list starts with the week before.
    expect(list.items.map((item) => item.week).slice(0, 3)).toEqual(['2026-W47', '2026-W46', '2026-W45']);
    expect(list.items.map((item) => item.week)).not.toContain('2026-W48');
    expect(list.items).toHaveLength(47);
    expect(list.items.at(-1)?.week).toBe('2026-W01');
    expect(list.items[0]).toEqual({
      week: '2026-W47',
      year: 2026,
      weekNumber: 47,
      startDate: '2026-11-16',
      endDate: '2026-11-22',
      currency: 'EUR',
      gross: expect.any(Number),
      fees: expect.any(Number),
      adjustments: expect.any(Number),
      net: expect.any(Number),
      movementCount: expect.any(Number),
      payoutDate: '2026-11-24',
      // Its payout date is today's.
      settled: true,
    });
    for (const item of list.items) {
      expect(item.net).toBe(item.gross + item.fees + item.adjustments);
      expect(item.fees).toBeLessThanOrEqual(0);
    }
    // The seeded orders start about nine months back: the early weeks moved nothing.
    expect(list.items.at(-1)).toMatchObject({ movementCount: 0, net: 0 });
    expect(list.items[0]?.movementCount).toBeGreaterThan(0);
  });

  it('lists no week of a new year until its first week has ended, the running week never', async () => {
    // Monday 2027-01-04 opens 2027-W01; 2026-W53 ended the day before.
    setToday('2027-01-04');
    expect(await year(2027)).toMatchObject({ year: 2027, currentYear: 2027, firstYear: 2026, items: [] });
    const past = await year(2026);
    expect(past.items).toHaveLength(53);
    expect(past.items[0]).toMatchObject({ week: '2026-W53', settled: false, payoutDate: '2027-01-05' });
    setToday('2027-01-11');
    expect((await year(2027)).items.map((item) => item.week)).toEqual(['2027-W01']);
  });

  it('says a week just ended is issued but not settled until its Tuesday, the payout date', async () => {
    setToday('2026-11-23');
    const monday = await year(2026);
    expect(monday.items.slice(0, 2).map(({ week, settled }) => ({ week, settled }))).toEqual([
      { week: '2026-W47', settled: false },
      { week: '2026-W46', settled: true },
    ]);
    expect(await statement('2026-W47')).toMatchObject({ settled: false, payoutDate: '2026-11-24' });
    setToday('2026-11-24');
    expect(await statement('2026-W47')).toMatchObject({ settled: true });
  });

  it('lists every week of a past year, and each world on its own', async () => {
    // Nine months of orders before 10 February 2027: 2026 is a past year with statements.
    resetMockBackend({ ordersPerWorld: 300, today: '2027-02-10' });
    const finance = await signIn('finance');
    const past = await json<StatementYear>('/statements?year=2026', 'live', finance);
    expect(past).toMatchObject({ year: 2026, firstYear: 2026 });
    expect(past.items).toHaveLength(53);
    resetSmallBackend();
    token = await signIn('finance');
    const live = await year(2026);
    const test = await year(2026, 'test');
    expect(test.items.map((item) => item.week)).toEqual(live.items.map((item) => item.week));
    expect(test.items.map((item) => item.net)).not.toEqual(live.items.map((item) => item.net));
  });

  it("answers the current year, by the backend's clock, when none is asked for", async () => {
    // An empty year is a cleared field: as good as none.
    for (const path of ['/statements', '/statements?year=']) {
      const response = await call(path, { token });
      expect(response.status).toBe(200);
      expect(statementYearSchema.parse(await response.json())).toMatchObject({ year: 2026, currentYear: 2026, firstYear: 2026 });
    }
  });

  it('answers 422 for an impossible year, or one before the first money movement or after the current one', async () => {
    for (const value of ['abc', '1999', '2025', '2023', '2027', '2026.5', '02026']) {
      const response = await call(`/statements?year=${value}`, { token });
      expect(response.status).toBe(422);
      expect(response.headers.get('Content-Type')).toBe('application/problem+json');
      expect(((await response.json()) as { errors: Record<string, string[]> }).errors.year).toEqual(['Give a year from 2026 to 2026.']);
    }
  });

  it('is for admin and finance, not support, and needs a session and a world', async () => {
    expect((await call('/statements?year=2026', { token: await signIn('admin') })).status).toBe(200);
    const support = await signIn('support');
    for (const path of ['/statements?year=2026', '/statements/2026-W47', '/statements/2026-W47/csv', '/statements/2026-W47/pdf']) {
      const response = await call(path, { token: support });
      expect(response.status).toBe(403);
      expect(response.headers.get('Content-Type')).toBe('application/problem+json');
    }
    expect((await call('/statements?year=2026')).status).toBe(401);
    expect((await call('/statements?year=2026', { token, mode: null })).status).toBe(400);
  });

  it('shows a Swiss merchant its statements in CHF', async () => {
    const bergblick = await signIn('bergblick');
    await passSecurityCheck(bergblick);
    const list = await json<{ currency: string; items: StatementSummary[] }>('/statements?year=2026', 'live', bergblick);
    expect(list.currency).toBe('CHF');
    expect(list.items.every((item) => item.currency === 'CHF')).toBe(true);
  });
});

describe('GET /api/statements/{week}', () => {
  it('answers the summary with its movements, by date then id, that add up to the totals', async () => {
    const [summary] = (await year(2026)).items;
    const week = await statement('2026-W47');
    const { movements, payoutAccount, ...rest } = week;
    expect(rest).toEqual(summary);
    expect(payoutAccount).toEqual({ accountHolder: 'Atelier Lumière SRL', iban: 'BE71096123456769' });
    expect(movements).toHaveLength(week.movementCount);
    expect(sum(movements.map((movement) => movement.amount))).toBe(week.net);
    const keys = movements.map((movement) => `${movement.date} ${movement.id}`);
    expect([...keys].sort()).toEqual(keys);
    for (const movement of movements) {
      expect(movement.date >= week.startDate && movement.date <= week.endDate).toBe(true);
      expect(Object.keys(movement).sort()).toEqual(['amount', 'date', 'description', 'id', 'orderNumber', 'paymentReference', 'reason', 'reasonCode', 'type']);
    }
  });

  it('books the seeded activations with their fee, on the day the order shows', async () => {
    const { movements } = await statement('2026-W47');
    const activations = movements.filter((movement) => movement.type === 'activation');
    expect(activations.length).toBeGreaterThan(0);
    for (const activation of activations) {
      const fee = movements.find((movement) => movement.id === `${activation.id}-fee`);
      expect(fee).toMatchObject({ type: 'fee', date: activation.date, amount: feeFor(activation.amount), orderNumber: activation.orderNumber });
    }
    const [first] = activations;
    const order = await json<OrderDetail>(`/orders/${first?.orderNumber}`);
    const event = order.events.find((candidate) => candidate.type === 'activated');
    expect(event?.at.slice(0, 10)).toBe(first?.date);
    expect(first?.paymentReference).toBe(order.paymentReference);
  });

  it('never mixes the test and live worlds', async () => {
    const live = await statement('2026-W47');
    const test = await statement('2026-W47', 'test');
    const liveOrders = new Set(live.movements.map((movement) => movement.orderNumber).filter((number) => number !== null));
    expect(test.movements.some((movement) => movement.orderNumber !== null && liveOrders.has(movement.orderNumber))).toBe(false);
    for (const orderNumber of [...liveOrders].slice(0, 5)) {
      expect((await call(`/orders/${orderNumber}`, { token, mode: 'test' })).status).toBe(404);
    }
  });

  it('answers 400 for a malformed week, and 404 for one that does not exist or has not begun, nor its files', async () => {
    for (const week of ['2026-47', '2026-W7', 'latest']) expect((await call(`/statements/${week}`, { token })).status).toBe(400);
    for (const week of ['2026-W54', '2025-W53', '2026-W00', '1999-W10']) {
      const response = await call(`/statements/${week}`, { token });
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ type: 'https://comptoir.example/problems/not-found' });
    }
    // No statement, nor its files, before the year of the first money movement.
    for (const path of ['/statements/2025-W10', '/statements/2024-W30/csv']) expect((await call(path, { token })).status).toBe(404);
    for (const path of ['/statements/2026-W49', '/statements/2026-W50', '/statements/2027-W02', '/statements/2026-W49/csv', '/statements/2026-W50/pdf']) {
      const response = await call(path, { token });
      expect(response.status).toBe(404);
      // A narrower kind of "not found", for the app to say so.
      expect(await response.json()).toMatchObject({
        type: 'https://comptoir.example/problems/week-not-begun',
        detail: 'This week has not begun yet: its statement is issued once the week has ended.',
      });
    }
    expect((await call('/statements/2026-W4x/pdf', { token })).status).toBe(400);
  });

  it('answers 404 for the running week, its statement and each of its files, with a problem type of its own, until its Sunday is over', async () => {
    const running = ['/statements/2026-W48', '/statements/2026-W48/csv', '/statements/2026-W48/pdf', '/statements/2026-W48/camt053'];
    for (const day of ['2026-11-24', '2026-11-29']) {
      setToday(day);
      for (const path of running) {
        const response = await call(path, { token });
        expect(response.status).toBe(404);
        expect(response.headers.get('Content-Type')).toBe('application/problem+json');
        expect(await response.json()).toEqual({
          type: 'https://comptoir.example/problems/week-running',
          title: 'Week still running',
          status: 404,
          detail: 'This week is still running: its statement is issued once it has ended, after Sunday 2026-11-29.',
        });
      }
    }
    // On the Monday after, the week has ended: its statement and its files are issued.
    setToday('2026-11-30');
    expect(await statement('2026-W48')).toMatchObject({ week: '2026-W48', payoutDate: '2026-12-01', settled: false });
    for (const path of running.slice(1)) expect((await call(path, { token })).status).toBe(200);
    expect((await call('/statements/2026-W49', { token })).status).toBe(404);
  });

  it('shows an action in the week and the world it was taken in, and nowhere else', async () => {
    const admin = await signIn('admin');
    const created = (await json<OrderPage>('/orders?status=created&pageSize=10', 'test')).items;
    const [toActivate, toCancel] = created;
    const act = async (orderNumber: string | undefined, action: string, body: object) => {
      const order = await json<OrderDetail>(`/orders/${orderNumber}`, 'test');
      const response = await call(`/orders/${orderNumber}/${action}`, { token: admin, mode: 'test', method: 'POST', body: JSON.stringify({ version: order.version, ...body }) });
      expect(response.status).toBe(200);
    };
    await act(toActivate?.orderNumber, 'activate', {});
    await act(toActivate?.orderNumber, 'reductions', { reason: 'Goodwill', amount: 500 });
    await act(toCancel?.orderNumber, 'cancel', { reason: 'Out of stock' });

    // Still the running week: no statement yet. Once the week is over it is issued.
    expect((await call('/statements/2026-W48', { token, mode: 'test' })).status).toBe(404);
    setToday('2026-12-01');
    const test = await statement('2026-W48', 'test');
    const ours = test.movements.filter((movement) => movement.orderNumber === toActivate?.orderNumber);
    expect(ours.map(({ type, amount, date }) => [type, amount, date])).toEqual([
      ['activation', toActivate?.outstanding, today],
      ['fee', feeFor(toActivate?.outstanding ?? 0), today],
      ['reduction', -500, today],
    ]);
    expect(test.movements.some((movement) => movement.orderNumber === toCancel?.orderNumber)).toBe(false);
    const live = await statement('2026-W48');
    expect(live.movements.some((movement) => movement.orderNumber === toActivate?.orderNumber)).toBe(false);
  });
});

describe('the statements booked ahead', () => {
  it('once the orders are listed, and still show a later change of an order already booked', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] });
    try {
      const admin = await signIn('admin');
      // The first list books the world's orders in the statements' ledger, in slices of later tasks,
      // once no request has come for a second.
      const [booked] = (await json<OrderPage>('/orders?status=activated&pageSize=1')).items;
      await vi.runAllTimersAsync();
      const order = await json<OrderDetail>(`/orders/${booked?.orderNumber}`);
      const body = JSON.stringify({ version: order.version, reason: 'Goodwill', amount: 500 });
      expect((await call(`/orders/${booked?.orderNumber}/reductions`, { token: admin, method: 'POST', body })).status).toBe(200);

      // Seen once the week is over, on its statement.
      setToday('2026-11-30');
      const issued = await statement('2026-W48');
      expect(issued.movements).toContainEqual(expect.objectContaining({ type: 'reduction', orderNumber: booked?.orderNumber, amount: -500, date: today }));
    } finally {
      vi.useRealTimers();
    }
  });
});
