import type { OrderStatus } from '@/contract/orders';
import { referencedOrderNumber, ticketNumberPattern } from '@/contract/support';
import { checkTicket, TicketInvalid, type TicketContext } from './ticket-check';
import { newestFirst, ticketNumber } from './ticket';

const today = '2026-11-24';
// One activated order invoiced on 2026-11-08 and due on 2026-12-08, one not activated yet and one
// the shopper paid, one due long ago, and one whose due date the provider already moved to 2026-12-20.
const orders: Record<string, { status: OrderStatus; invoiceDate: string | null; dueDate: string | null; agreedDueDate: string | null }> = {
  '1000042': { status: 'activated', invoiceDate: '2026-11-08', dueDate: '2026-12-08', agreedDueDate: null },
  '1000043': { status: 'created', invoiceDate: null, dueDate: null, agreedDueDate: null },
  '1000044': { status: 'paid', invoiceDate: '2026-10-27', dueDate: '2026-11-10', agreedDueDate: null },
  '1000045': { status: 'activated', invoiceDate: '2026-09-25', dueDate: '2026-10-25', agreedDueDate: null },
  '1000046': { status: 'activated', invoiceDate: '2026-11-08', dueDate: '2026-12-08', agreedDueDate: '2026-12-20' },
};
// Order 1000046's earlier request was answered (the agreed date); 1000047 has one still waiting.
const context: TicketContext = {
  merchantId: '3333',
  today,
  findOrder: (orderNumber) => orders[orderNumber] ?? (orderNumber === '1000047' ? orders['1000042'] : undefined),
  openExtensionTicket: (orderNumber) => (orderNumber === '1000047' ? 'CPT-3333-000105' : null),
};

const valid = {
  firstName: 'Nathalie',
  lastName: 'Dubois',
  merchantId: '3333',
  email: 'admin@atelier-lumiere.example',
  topic: 'activation',
  message: 'Order 1000042 does not show as activated.',
};

const extension = { ...valid, topic: 'payment-term-extension', orderReference: '1000042', wishedDueDate: '2026-12-22' };

function errorsOf(input: Record<string, unknown>): Record<string, string[]> {
  try {
    checkTicket(input, context);
  } catch (error) {
    if (error instanceof TicketInvalid) return error.errors;
    throw error;
  }
  throw new Error('The ticket was accepted');
}

describe('checkTicket', () => {
  it('accepts a complete ticket, trimmed, with absent and blank optional fields as null, in English when it names no language', () => {
    expect(checkTicket({ ...valid, firstName: '  Nathalie ', orderReference: '', customerId: null }, context)).toEqual({
      ...valid,
      orderReference: null,
      customerId: null,
      wishedDueDate: null,
      paymentDate: null,
      paidAmount: null,
      shopperBankReference: null,
      language: 'en',
    });
  });

  it('requires each required field', () => {
    for (const field of ['firstName', 'lastName', 'merchantId', 'email', 'topic', 'message'] as const) {
      expect(Object.keys(errorsOf({ ...valid, [field]: undefined })), field).toEqual([field]);
      expect(Object.keys(errorsOf({ ...valid, [field]: '   ' })), field).toEqual([field]);
    }
  });

  it('limits lengths and checks the e-mail address and the topic', () => {
    expect(errorsOf({ ...valid, firstName: 'N'.repeat(101) })).toEqual({ firstName: ['Use at most 100 characters.'] });
    expect(errorsOf({ ...valid, lastName: 'D'.repeat(101) })).toEqual({ lastName: ['Use at most 100 characters.'] });
    expect(errorsOf({ ...valid, message: 'm'.repeat(5001) })).toEqual({ message: ['Use at most 5000 characters.'] });
    expect(errorsOf({ ...valid, customerId: 'C'.repeat(51) })).toEqual({ customerId: ['Use at most 50 characters.'] });
    expect(checkTicket({ ...valid, message: 'm'.repeat(5000), customerId: 'C'.repeat(50) }, context).customerId).toHaveLength(50);
    expect(errorsOf({ ...valid, email: 'nathalie.dubois' })).toEqual({ email: ['Enter a valid e-mail address.'] });
    expect(Object.keys(errorsOf({ ...valid, topic: 'complaint' }))).toEqual(['topic']);
  });

  it('refuses another merchant id', () => {
    expect(errorsOf({ ...valid, merchantId: '4711' })).toEqual({ merchantId: ['This is not your merchant id.'] });
  });

  it('accepts an order number or this merchant’s payment reference, in any case, kept as typed', () => {
    for (const reference of ['1000042', 'BP1000042/3333', 'bp1000042/3333']) {
      expect(checkTicket({ ...valid, orderReference: ` ${reference} ` }, context).orderReference).toBe(reference);
    }
  });

  it('refuses a reference that names no order of this merchant in this world', () => {
    for (const reference of ['1000099', 'BP1000042/4711', 'BP1000099', '1000042/3333', 'order 1000042', 'BP/3333']) {
      expect(errorsOf({ ...valid, orderReference: reference }), reference).toEqual({ orderReference: ['No order with this reference in this data world.'] });
    }
  });

  it('needs an order and a wished due date for a payment-term extension', () => {
    expect(checkTicket(extension, context)).toMatchObject({ orderReference: '1000042', wishedDueDate: '2026-12-22' });
    expect(Object.keys(errorsOf({ ...extension, orderReference: undefined, wishedDueDate: '' }))).toEqual(['orderReference', 'wishedDueDate']);
  });

  it('wants the wished due date to be a real day after today and after the order’s due date', () => {
    expect(Object.keys(errorsOf({ ...extension, wishedDueDate: '2026-02-30' }))).toEqual(['wishedDueDate']);
    expect(Object.keys(errorsOf({ ...extension, wishedDueDate: '22.12.2026' }))).toEqual(['wishedDueDate']);
    expect(errorsOf({ ...extension, wishedDueDate: today })).toEqual({ wishedDueDate: ['Choose a day after today.'] });
    expect(errorsOf({ ...extension, wishedDueDate: '2026-12-08' })).toEqual({ wishedDueDate: ["Choose a day after the order's due date, 2026-12-08."] });
    expect(checkTicket({ ...extension, wishedDueDate: '2026-12-09' }, context).wishedDueDate).toBe('2026-12-09');
  });

  it('wants a day after the due date the provider already agreed to', () => {
    const moved = { ...extension, orderReference: '1000046' };
    expect(errorsOf({ ...moved, wishedDueDate: '2026-12-20' })).toEqual({ wishedDueDate: ['Choose a day after the due date already agreed, 2026-12-20.'] });
    expect(checkTicket({ ...moved, wishedDueDate: '2026-12-21' }, context).wishedDueDate).toBe('2026-12-21');
  });

  it('is only for an activated order still to be paid: one not activated or already paid has no due date to move', () => {
    expect(errorsOf({ ...extension, orderReference: '1000043', wishedDueDate: '2026-11-25' })).toEqual({
      orderReference: ['Order 1000043 is created: only an activated order still to be paid has a due date to move.'],
    });
    expect(errorsOf({ ...extension, orderReference: 'BP1000044/3333' })).toEqual({
      orderReference: ['Order 1000044 is paid: only an activated order still to be paid has a due date to move.'],
    });
    // Any other topic may be about such an order.
    expect(checkTicket({ ...valid, orderReference: '1000044' }, context).orderReference).toBe('1000044');
  });

  it('allows an extension of at most 30 days past the order’s due date', () => {
    expect(checkTicket({ ...extension, wishedDueDate: '2027-01-07' }, context).wishedDueDate).toBe('2027-01-07');
    expect(errorsOf({ ...extension, wishedDueDate: '2027-01-08' })).toEqual({ wishedDueDate: ["Choose a day at most 30 days after the order's due date, 2026-12-08."] });
  });

  it('is refused on the order, not on the day, for an order due 30 days ago or more: no day is left to ask for', () => {
    expect(errorsOf({ ...extension, orderReference: '1000045', wishedDueDate: '2026-11-25' })).toEqual({
      orderReference: ['Order 1000045 has been due since 2026-10-25, 30 days or more: its due date can no longer be moved.'],
    });
    expect(checkTicket({ ...extension, orderReference: '1000045', wishedDueDate: '2026-11-24' }, { ...context, today: '2026-11-23' }).wishedDueDate).toBe('2026-11-24');
  });

  it('needs the order, the day, the amount and the shopper’s bank reference of a missing payment', () => {
    const missing = { ...valid, topic: 'missing-payment', orderReference: 'BP1000042/3333', paymentDate: '2026-11-20', paidAmount: 12_950, shopperBankReference: ' 20261120-483920 ' };
    expect(checkTicket(missing, context)).toMatchObject({ paymentDate: '2026-11-20', paidAmount: 12_950, shopperBankReference: '20261120-483920' });
    expect(errorsOf({ ...missing, orderReference: '', paymentDate: '', paidAmount: null, shopperBankReference: '  ' })).toEqual({
      orderReference: ['Name the order the payment is missing from.'],
      paymentDate: ['Give the day the shopper paid.'],
      paidAmount: ['Give the amount the shopper paid.'],
      shopperBankReference: ["Give the reference on the shopper's bank statement."],
    });
    expect(errorsOf({ ...missing, paymentDate: '2026-11-25', paidAmount: 0 })).toEqual({
      paymentDate: ['The payment cannot be later than today.'],
      paidAmount: ['Give an amount above zero.'],
    });
    expect(errorsOf({ ...missing, paidAmount: 129.5, shopperBankReference: 'R'.repeat(141) })).toEqual({
      paidAmount: ['Give the amount in whole cents.'],
      shopperBankReference: ['Use at most 140 characters.'],
    });
    expect(checkTicket({ ...missing, paymentDate: today }, context).paymentDate).toBe(today);
  });

  it('refuses a second request for a later due date while the first waits for an answer, naming it', () => {
    expect(() => checkTicket({ ...extension, orderReference: '1000047' }, context)).toThrow(
      expect.objectContaining({
        errors: { orderReference: ['Order 1000047 has a request for a later due date waiting for an answer, ticket CPT-3333-000105: write on it.'] },
        extensions: { openExtensionTicket: 'CPT-3333-000105' },
      }),
    );
    // Once answered, another may follow.
    expect(checkTicket({ ...extension, orderReference: '1000046', wishedDueDate: '2026-12-30' }, context).orderReference).toBe('1000046');
  });

  it('takes a missing payment only for an order waiting for one, paid no earlier than its invoice', () => {
    const missing = { ...valid, topic: 'missing-payment', orderReference: '1000042', paymentDate: '2026-11-20', paidAmount: 12_950, shopperBankReference: '20261120-483920' };
    expect(errorsOf({ ...missing, orderReference: '1000043' })).toEqual({
      orderReference: ['Order 1000043 is created: only an activated order still to be paid can have a payment missing.'],
    });
    expect(errorsOf({ ...missing, orderReference: '1000044' })).toEqual({
      orderReference: ['Order 1000044 is paid: only an activated order still to be paid can have a payment missing.'],
    });
    expect(errorsOf({ ...missing, paymentDate: '2026-11-07' })).toEqual({ paymentDate: ['The payment cannot be before the invoice, issued on 2026-11-08.'] });
    expect(checkTicket({ ...missing, paymentDate: '2026-11-08' }, context).paymentDate).toBe('2026-11-08');
  });

  it('keeps a topic’s own fields with that topic only', () => {
    const stray = { wishedDueDate: '2026-12-22', paymentDate: '2026-11-20', paidAmount: 12_950, shopperBankReference: '20261120-483920' };
    expect(checkTicket({ ...valid, topic: 'other', ...stray }, context)).toMatchObject({ wishedDueDate: null, paymentDate: null, paidAmount: null, shopperBankReference: null });
    expect(checkTicket({ ...extension, ...stray }, context)).toMatchObject({ wishedDueDate: '2026-12-22', paymentDate: null, paidAmount: null });
    // Nor are they held against another topic: a past wished date is dropped, not refused.
    expect(checkTicket({ ...valid, wishedDueDate: '2020-01-01', paymentDate: '2030-01-01' }, context)).toMatchObject({ wishedDueDate: null, paymentDate: null });
  });

  it('names every invalid field at once, the checks against the merchant’s data included', () => {
    const errors = errorsOf({ firstName: '', lastName: 42, merchantId: '4711', email: 'x', topic: 'payment-term-extension', orderReference: 'BP9/3333', customerId: 7, message: '' });
    expect(Object.keys(errors).sort()).toEqual(['customerId', 'email', 'firstName', 'lastName', 'merchantId', 'message', 'orderReference', 'wishedDueDate']);
  });
});

describe('ticket numbers and references', () => {
  it('numbers tickets per merchant and world from 101, a test ticket with a T, so no number names a ticket in each world', () => {
    expect(ticketNumber('3333', 'live', 0)).toBe('CPT-3333-000101');
    expect(ticketNumber('4711', 'live', 12)).toBe('CPT-4711-000113');
    expect(ticketNumber('3333', 'test', 0)).toBe('CPT-3333-T00101');
    expect(ticketNumber('3333', 'test', 99_898)).toBe('CPT-3333-T99999');
    expect(ticketNumber('3333', 'test', 99_899)).toBe('CPT-3333-T100000');
    for (const earlier of [0, 1, 899, 99_899]) {
      expect(ticketNumberPattern.test(ticketNumber('3333', 'live', earlier))).toBe(true);
      expect(ticketNumberPattern.test(ticketNumber('3333', 'test', earlier))).toBe(true);
      expect(ticketNumber('3333', 'test', earlier)).not.toBe(ticketNumber('3333', 'live', earlier));
    }
  });

  it('reads the order number out of a reference', () => {
    expect(referencedOrderNumber('1000042', '3333')).toBe('1000042');
    expect(referencedOrderNumber('Bp1000042/3333', '3333')).toBe('1000042');
    expect(referencedOrderNumber(' BP 1000042 / 3333 ', '3333')).toBe('1000042');
    expect(referencedOrderNumber('BP1000042/4711', '3333')).toBeNull();
    expect(referencedOrderNumber('AB1000042/3333', '3333')).toBeNull();
    // Without its merchant id, as the orders' search takes it.
    expect(referencedOrderNumber('bp1000042', '3333')).toBe('1000042');
    expect(referencedOrderNumber('BP1000042/', '3333')).toBeNull();
  });

  it('lists the newest first, tickets of the same instant by their number', () => {
    const ticket = (ticketNumber: string, createdAt: string) => ({ ticketNumber, createdAt });
    const sorted = newestFirst([ticket('CPT-3333-000101', '2026-11-01T10:00:00.000Z'), ticket('CPT-3333-000102', '2026-11-24T10:00:00.000Z'), ticket('CPT-3333-000103', '2026-11-24T10:00:00.000Z')]);
    expect(sorted.map((item) => item.ticketNumber)).toEqual(['CPT-3333-000103', 'CPT-3333-000102', 'CPT-3333-000101']);
  });
});
