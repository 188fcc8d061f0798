import { ticketFormSchema } from './ticket-form';

const filled = {
  firstName: 'Lotte',
  lastName: 'Janssens',
  merchantId: '3333',
  email: 'lotte@atelier-lumiere.example',
  topic: 'other' as const,
  orderReference: '',
  customerId: '',
  message: 'A question about this order.',
  wishedDueDate: '',
  paymentDate: '',
  paidAmount: '',
  shopperBankReference: '',
};

const referenceIssue = (orderReference: string) =>
  ticketFormSchema({ locale: 'en-GB', currency: 'EUR' })
    .safeParse({ ...filled, orderReference })
    .error?.issues.find((issue) => issue.path[0] === 'orderReference')?.message;

describe('the support form', () => {
  it('takes an order reference as the orders search does: a number, or a payment reference with or without its merchant id', () => {
    for (const reference of ['1000042', 'BP1000042/3333', 'bp 1000042 / 3333', 'BP1000042', ' BP 1000042 ']) expect(referenceIssue(reference), reference).toBeUndefined();
    for (const reference of ['order 1000042', 'BP/3333', '1000042/3333']) expect(referenceIssue(reference), reference).toBe('support:validation.orderReferenceFormat');
  });
});
