import type { Mode } from '@/contract/common';
import { orderDetailSchema, orderPageSchema } from '@/contract/orders';
import { statementDetailSchema } from '@/contract/statements';
import { call } from '../testing/api-client';
import { resetAndSignIn } from '../testing/small-backend';
import { chargebacksOnStatements, type StatementChargeback } from '../testing/statement-chargebacks';

let token: string;

beforeEach(async () => {
  token = await resetAndSignIn('finance');
});

async function order(orderNumber: string, mode: Mode = 'live') {
  const response = await call(`/orders/${orderNumber}`, { token, mode });
  expect(response.status).toBe(200);
  return orderDetailSchema.parse(await response.json());
}

/** What the order's answer should say of the chargebacks the statements carry. */
const asOnOrder = ({ movement, week, issued }: StatementChargeback) => ({
  date: movement.date,
  amount: movement.amount,
  statementWeek: week,
  statementIssued: issued,
});

describe('the chargebacks on GET /api/orders/{orderNumber}', () => {
  it('are those the statements of their weeks carry: same day, amount and week', async () => {
    const onStatements = await chargebacksOnStatements('3333', 'live');
    expect(onStatements.length).toBeGreaterThan(0);
    for (const orderNumber of new Set(onStatements.map(({ movement }) => movement.orderNumber!))) {
      const expected = onStatements.filter(({ movement }) => movement.orderNumber === orderNumber).map(asOnOrder);
      const answered = await order(orderNumber);
      expect(answered.status).toBe('paid');
      expect(answered.chargebacks).toEqual(expected);
      expect(answered.chargebacks.every((chargeback) => chargeback.amount < 0)).toBe(true);
    }

    const [first] = onStatements;
    const response = await call(`/statements/${first!.week}`, { token });
    expect(statementDetailSchema.parse(await response.json()).movements).toContainEqual(first!.movement);
  });

  it('are the same when the order is opened first, before any statement has booked the world', async () => {
    const onStatements = await chargebacksOnStatements('3333', 'live');
    // A reset starts the books over: each order below is now read before any statement.
    token = await resetAndSignIn('finance');
    for (const orderNumber of new Set(onStatements.map(({ movement }) => movement.orderNumber!))) {
      const expected = onStatements.filter(({ movement }) => movement.orderNumber === orderNumber).map(asOnOrder);
      expect((await order(orderNumber)).chargebacks).toEqual(expected);
    }
  });

  it('are none on an order the shopper never disputed, nor on one never paid', async () => {
    const disputed = new Set((await chargebacksOnStatements('3333', 'live')).map(({ movement }) => movement.orderNumber));
    const paid = orderPageSchema.parse(await (await call('/orders?status=paid&pageSize=100', { token })).json()).items;
    const undisputed = paid.find((candidate) => !disputed.has(candidate.orderNumber));
    expect((await order(undisputed!.orderNumber)).chargebacks).toEqual([]);
    const activated = orderPageSchema.parse(await (await call('/orders?status=activated&pageSize=1', { token })).json()).items[0];
    expect((await order(activated!.orderNumber)).chargebacks).toEqual([]);
  });

  it("are each world's own: a test order carries the test statements' chargebacks, unknown in live data", async () => {
    const inTest = await chargebacksOnStatements('3333', 'test');
    expect(inTest.length).toBeGreaterThan(0);
    const orderNumber = inTest[0]!.movement.orderNumber!;
    const expected = inTest.filter(({ movement }) => movement.orderNumber === orderNumber).map(asOnOrder);
    expect((await order(orderNumber, 'test')).chargebacks).toEqual(expected);
    expect((await call(`/orders/${orderNumber}`, { token, mode: 'live' })).status).toBe(404);
  });
});
