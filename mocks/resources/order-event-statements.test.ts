import { orderDetailSchema, orderPageSchema } from '@/contract/orders';
import { statementDetailSchema, type Movement } from '@/contract/statements';
import { call } from '../testing/api-client';
import { resetAndSignIn } from '../testing/small-backend';

let token: string;

beforeEach(async () => {
  token = await resetAndSignIn('finance');
});

async function json(path: string) {
  const response = await call(path, { token });
  expect(response.status).toBe(200);
  return response.json();
}

const weeks = new Map<string, Movement[]>();
async function movementsOf(week: string): Promise<Movement[]> {
  if (!weeks.has(week)) weeks.set(week, statementDetailSchema.parse(await json(`/statements/${week}`)).movements);
  return weeks.get(week)!;
}

describe('the statement of each event on GET /api/orders/{orderNumber}', () => {
  it("names the week whose statement carries the event's money, and an activation's fee, as that statement lists them", async () => {
    weeks.clear();
    const credited = orderPageSchema.parse(await json('/orders?status=credited&pageSize=5')).items;
    const paid = orderPageSchema.parse(await json('/orders?status=paid&pageSize=5')).items;
    let checked = 0;
    for (const { orderNumber } of [...credited, ...paid]) {
      const order = orderDetailSchema.parse(await json(`/orders/${orderNumber}`));
      for (const event of order.events) {
        const movesMoney = event.type === 'activated' || (['credited', 'reduced', 'returned'].includes(event.type) && order.activatedAt !== null && Boolean(event.amount));
        if (!movesMoney) {
          expect(event.statement).toBeUndefined();
          continue;
        }
        const { week, issued, fee } = event.statement!;
        const ofOrder = (await movementsOf(week)).filter((movement) => movement.orderNumber === orderNumber && movement.date === event.at.slice(0, 10));
        if (event.type === 'activated') {
          expect(ofOrder.find((movement) => movement.type === 'activation')?.amount).toBe(event.amount);
          expect(ofOrder.find((movement) => movement.type === 'fee')?.amount).toBe(fee);
        } else {
          expect(ofOrder.some((movement) => movement.amount === -event.amount!)).toBe(true);
          expect(fee).toBeNull();
        }
        // The running week's statement is not issued yet.
        expect(issued).toBe(week !== '2026-W48');
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});
