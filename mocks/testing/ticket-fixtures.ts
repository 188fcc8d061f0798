import type { TicketRecord } from '../rules/ticket';

// A merchant's question about a payment the provider has not matched, for the rules' tests.
export const missingPaymentTicket: TicketRecord = {
  ticketNumber: 'CPT-3333-000105',
  createdAt: '2026-11-24T14:05:00.000Z',
  firstName: 'Sofie',
  lastName: 'Maes',
  merchantId: '3333',
  email: 'support@atelier-lumiere.example',
  topic: 'missing-payment',
  orderReference: 'BP1000042/3333',
  customerId: null,
  message: 'The customer says they paid.',
  language: 'en',
  wishedDueDate: null,
  paymentDate: '2026-11-20',
  paidAmount: 12_950,
  shopperBankReference: '20261120-483920',
};
