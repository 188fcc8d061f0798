import { missingPaymentTicket } from '../testing/ticket-fixtures';
import { agreedDueDates } from './due-date-agreement';
import type { TicketRecord } from './ticket';
import type { KeptMessage } from './ticket-thread';

const filedOn = '2026-11-24';
const extension: TicketRecord = {
  ...missingPaymentTicket,
  ticketNumber: 'CPT-3333-000106',
  topic: 'payment-term-extension',
  // As pasted from a bank statement: the payment reference names the order too.
  orderReference: 'BP 1000042 / 3333',
  wishedDueDate: '2026-12-22',
  paymentDate: null,
  paidAmount: null,
  shopperBankReference: null,
};

const providerMessage = (at: string): KeptMessage => ({ id: 'reply', author: 'provider', authorName: 'Claire Peeters', at, body: 'Agreed.', status: 'answered' });

describe('agreedDueDates', () => {
  it('agrees from the provider’s next-morning reply, not on the day the request was filed', () => {
    expect(agreedDueDates([{ ticket: extension, replies: [] }], filedOn).size).toBe(0);
    expect(agreedDueDates([{ ticket: extension, replies: [] }], '2026-11-25').get('1000042')).toEqual({
      dueDate: '2026-12-22',
      ticketNumber: extension.ticketNumber,
      at: '2026-11-25T08:30:00.000Z',
    });
  });

  it('takes a reply written at once on the same day', () => {
    const replies = [providerMessage('2026-11-24T15:00:00.000Z')];
    expect(agreedDueDates([{ ticket: extension, replies }], filedOn).get('1000042')?.at).toBe('2026-11-24T15:00:00.000Z');
  });

  it('keeps the request answered last of several about one order', () => {
    const later: TicketRecord = { ...extension, ticketNumber: 'CPT-3333-000107', createdAt: '2026-11-26T10:00:00.000Z', wishedDueDate: '2027-01-05' };
    const agreements = agreedDueDates(
      [
        { ticket: later, replies: [] },
        { ticket: extension, replies: [] },
      ],
      '2026-11-27',
    );
    expect(agreements.get('1000042')).toMatchObject({ dueDate: '2027-01-05', ticketNumber: later.ticketNumber });
  });

  it('ignores the other topics and another merchant’s payment reference', () => {
    const answered = [providerMessage('2026-11-24T15:00:00.000Z')];
    expect(agreedDueDates([{ ticket: missingPaymentTicket, replies: answered }], filedOn).size).toBe(0);
    expect(agreedDueDates([{ ticket: { ...extension, orderReference: 'BP1000042/4444' }, replies: answered }], filedOn).size).toBe(0);
  });
});
