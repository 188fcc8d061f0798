import { z } from 'zod';

export const orderStatuses = ['created', 'activated', 'paid', 'cancelled', 'credited'] as const;
export const shippingStatuses = ['waiting', 'shipped'] as const;
export const completenessValues = ['complete', 'incomplete'] as const;
export const paymentMethods = ['invoice', 'direct-debit', 'instalments'] as const;
export const countries = ['BE', 'NL', 'DE', 'AT', 'CH', 'FR'] as const;
export const paymentStates = ['not-due', 'due', 'overdue', 'reminder-1', 'reminder-2', 'collection', 'paid'] as const;

export type OrderStatus = (typeof orderStatuses)[number];

const cents = z.number().int();
const isoDate = z.iso.date();
const isoDateTime = z.iso.datetime({ offset: true });

/** The fields every listed order carries; the detail adds lines, addresses and events. */
export const orderSummarySchema = z.object({
  orderNumber: z.string(),
  merchantId: z.string(),
  paymentReference: z.string(),
  orderDate: isoDateTime,
  customer: z.object({
    type: z.enum(['private', 'business']),
    name: z.string(),
    companyName: z.string().nullable(),
    vatNumber: z.string().nullable(),
    email: z.string(),
    customerId: z.string(),
  }),
  yourReference: z.string().nullable(),
  country: z.string(),
  paymentMethod: z.enum(paymentMethods),
  paymentTermDays: z.number().int(),
  currency: z.string().length(3),
  total: cents,
  outstanding: cents,
  credited: cents,
  shippingFee: cents,
  status: z.enum(orderStatuses),
  statusReason: z.string().nullable(),
  shippingStatus: z.enum(shippingStatuses),
  completeness: z.enum(completenessValues),
  expiresAt: isoDate,
  daysToExpiry: z.number().int().nullable(),
  activatedAt: isoDateTime.nullable(),
  dueDate: isoDate.nullable(),
  paymentState: z.enum(paymentStates).nullable(),
  version: z.number().int(),
});
export type OrderSummary = z.infer<typeof orderSummarySchema>;
