import { orderDetailSchema } from '@/contract/orders';
import { addDays } from '../rules/dates';
import { setNow, setToday } from '../rules/clock';
import { listOrders } from '../testing/order-calls';
import { call } from '../testing/api-client';
import { answerNow, fileTicket, getTicket, ticketRequest } from '../testing/support-calls';
import { resetAndSignIn, today } from '../testing/small-backend';

let token: string;

beforeEach(async () => {
  token = await resetAndSignIn();
});

afterEach(() => {
  setToday(null);
  setNow(null);
});

async function order(orderNumber: string) {
  const response = await call(`/orders/${orderNumber}`, { token });
  expect(response.status).toBe(200);
  return orderDetailSchema.parse(await response.json());
}

/** An activated order of the seed that is overdue today, and a day the provider may move its due date to. */
async function overdueOrder() {
  const [first] = (await listOrders('?paymentState=overdue&sort=dueDate&order=desc', token)).items;
  if (!first) throw new Error('The seed has no overdue order');
  const detail = await order(first.orderNumber);
  return { orderNumber: first.orderNumber, wished: detail.dueDateExtension!.from };
}

const overdueNumbers = async () => (await listOrders('?paymentState=overdue&pageSize=100', token)).items.map((item) => item.orderNumber);

function askForLaterDueDate(orderNumber: string, wishedDueDate: string) {
  return fileTicket({ ...ticketRequest, topic: 'payment-term-extension', orderReference: orderNumber, wishedDueDate, message: 'The customer asks for more time.' }, { token });
}

describe('a payment-term extension the provider agreed to', () => {
  it('moves the order’s payment to the agreed day from the provider’s reply: its state, the list’s filters and its timeline', async () => {
    const { orderNumber, wished } = await overdueOrder();
    const ticket = await askForLaterDueDate(orderNumber, wished);

    // Asked for, not agreed yet: the provider answers on the next day.
    const asked = await order(orderNumber);
    expect(asked).toMatchObject({ agreedDueDate: null, paymentState: 'overdue' });
    expect(await overdueNumbers()).toContain(orderNumber);

    expect((await answerNow(ticket.ticketNumber, { token })).status).toBe(200);
    const reply = (await getTicket(ticket.ticketNumber, token)).messages.at(-1)!;
    const agreed = await order(orderNumber);
    expect(agreed).toMatchObject({ dueDate: asked.dueDate, agreedDueDate: wished, paymentState: 'not-due' });
    expect(agreed.events.filter((event) => event.type === 'due-date-moved')).toEqual([
      expect.objectContaining({ at: reply.at, dueDate: wished, ticketNumber: ticket.ticketNumber, amount: null }),
    ]);
    // A further request must name a later day than the agreed one.
    expect(agreed.dueDateExtension?.from).toBe(addDays(wished, 1));
    expect(await overdueNumbers()).not.toContain(orderNumber);
    const [listed] = (await listOrders(`?q=${orderNumber}`, token)).items;
    expect(listed).toMatchObject({ agreedDueDate: wished, paymentState: 'not-due' });
  });

  it('takes effect on the day of the provider’s reply when nobody asks for it at once', async () => {
    const { orderNumber, wished } = await overdueOrder();
    await askForLaterDueDate(orderNumber, wished);
    expect((await order(orderNumber)).agreedDueDate).toBeNull();

    const nextDay = addDays(today, 1);
    setToday(nextDay);
    setNow(`${nextDay}T09:00:00.000Z`);
    expect(await order(orderNumber)).toMatchObject({ agreedDueDate: wished, paymentState: wished === nextDay ? 'due' : 'not-due' });
  });

  it('counts reminders from the agreed day once it has passed', async () => {
    const { orderNumber, wished } = await overdueOrder();
    const ticket = await askForLaterDueDate(orderNumber, wished);
    await answerNow(ticket.ticketNumber, { token });

    const later = addDays(wished, 30);
    setToday(later);
    setNow(`${later}T12:00:00.000Z`);
    const { events, paymentState } = await order(orderNumber);
    expect(paymentState).not.toBe('not-due');
    const reminder = events.find((event) => event.type === 'reminder-1');
    expect(reminder).toBeDefined();
    expect(reminder!.at.slice(0, 10) > wished).toBe(true);
  });

  it('refuses a day that is not after the one already agreed', async () => {
    const { orderNumber, wished } = await overdueOrder();
    const ticket = await askForLaterDueDate(orderNumber, wished);
    await answerNow(ticket.ticketNumber, { token });

    const response = await call('/support/tickets', {
      token,
      method: 'POST',
      body: JSON.stringify({ ...ticketRequest, topic: 'payment-term-extension', orderReference: orderNumber, wishedDueDate: wished, message: 'Once more.' }),
    });
    expect(response.status).toBe(422);
    expect((await response.json()).errors).toEqual({ wishedDueDate: [`Choose a day after the due date already agreed, ${wished}.`] });
  });
});

it('the seeded request the provider answered shows on its order', async () => {
  const seededReply = await getTicket('CPT-3333-000102', token);
  expect(seededReply.topic).toBe('payment-term-extension');
  const detail = await order(seededReply.orderNumber!);
  expect(detail).toMatchObject({ status: 'activated', agreedDueDate: seededReply.wishedDueDate, paymentState: 'not-due' });
  expect(detail.events.find((event) => event.type === 'due-date-moved')).toMatchObject({ ticketNumber: seededReply.ticketNumber, at: seededReply.messages[1]!.at });
});
