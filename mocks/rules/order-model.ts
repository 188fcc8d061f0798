import type { Mode } from './modes';

export const orderStatuses = ['created', 'activated', 'paid', 'cancelled', 'credited'] as const;
export type OrderStatus = (typeof orderStatuses)[number];

export const shippingStatuses = ['waiting', 'shipped'] as const;
export type ShippingStatus = (typeof shippingStatuses)[number];

export const completenessValues = ['complete', 'incomplete'] as const;
export type Completeness = (typeof completenessValues)[number];

export const paymentMethods = ['invoice', 'direct-debit', 'instalments'] as const;
export type PaymentMethod = (typeof paymentMethods)[number];

export const countries = ['BE', 'NL', 'DE', 'AT', 'CH', 'FR'] as const;
export type Country = (typeof countries)[number];

export type Currency = 'EUR' | 'CHF';
export type CustomerType = 'private' | 'business';
export type PaymentTermDays = 14 | 30;

export type PaymentState = 'not-due' | 'due' | 'overdue' | 'reminder-1' | 'reminder-2' | 'collection' | 'paid';

export type EventType =
  | 'created'
  | 'activated'
  | 'cancelled'
  | 'credited'
  | 'reduced'
  | 'returned'
  | 'expired'
  | 'paid'
  | 'reminder-1'
  | 'reminder-2'
  | 'collection';

/** Actor of the events the provider itself records. */
export const providerActor = 'Comptoir';
/** Reason recorded when the provider cancels an order that was never activated. */
export const expiredReason = 'expired';

export interface Customer {
  type: CustomerType;
  name: string;
  companyName: string | null;
  vatNumber: string | null;
  email: string;
  customerId: string;
}

export interface Address {
  name: string;
  street: string;
  postalCode: string;
  city: string;
  country: Country;
}

export interface OrderLine {
  id: string;
  articleNumber: string;
  title: string;
  quantity: number;
  /** Gross cents, VAT included. */
  unitPrice: number;
  /** Cents off the whole line. */
  discount: number;
  vatRate: number;
  lineTotal: number;
  shipDate: string | null;
  quantityShipped: number;
  quantityInvoiced: number;
  quantityCancelled: number;
  quantityReturned: number;
}

/** One line of a return, with its own reason when the user gave one. */
export interface ReturnedLine {
  lineId: string;
  quantity: number;
  reason: string | null;
}

export interface OrderEvent {
  id: string;
  type: EventType;
  at: string;
  actor: string;
  amount: number | null;
  reason: string | null;
  /** What came back, on `returned` events recorded through the API. */
  lines?: ReturnedLine[];
}

export type DocumentType = 'invoice' | 'credit-note';

/** An invoice or credit note; its id is its number, which is unique within the order. */
export interface OrderDocument {
  id: string;
  type: DocumentType;
  number: string;
  issuedAt: string;
  amount: number;
}

/** The order's own fields without its lines, events and addresses: enough to list it. */
export type OrderCore = Omit<OrderRecord, 'lines' | 'events' | 'billingAddress' | 'deliveryAddress'>;

/**
 * An order as stored. Time-dependent facts (expiry, payment state, reminders)
 * are not stored: they are derived from the clock when the order is read.
 */
export interface OrderRecord {
  orderNumber: string;
  merchantId: string;
  mode: Mode;
  orderDate: string;
  customer: Customer;
  yourReference: string | null;
  country: Country;
  paymentMethod: PaymentMethod;
  paymentTermDays: PaymentTermDays;
  currency: Currency;
  shippingFee: number;
  total: number;
  outstanding: number;
  credited: number;
  status: OrderStatus;
  statusReason: string | null;
  shippingStatus: ShippingStatus;
  completeness: Completeness;
  activatedAt: string | null;
  /** When the shopper paid in full; lets reminders stop at the right day. */
  paidAt: string | null;
  billingAddress: Address;
  deliveryAddress: Address;
  lines: OrderLine[];
  events: OrderEvent[];
  version: number;
}

/** An order as listed: its stored facts, less what only the detail shows, plus those the clock decides. */
export interface OrderSummary
  extends Omit<OrderRecord, 'mode' | 'paidAt' | 'billingAddress' | 'deliveryAddress' | 'lines' | 'events'> {
  paymentReference: string;
  expiresAt: string;
  daysToExpiry: number | null;
  dueDate: string | null;
  paymentState: PaymentState | null;
}

export interface OrderDetail extends OrderSummary {
  billingAddress: Address;
  deliveryAddress: Address;
  lines: OrderLine[];
  events: OrderEvent[];
  /** Oldest first. */
  documents: OrderDocument[];
}

export function paymentReference(orderNumber: string, merchantId: string): string {
  return `BP${orderNumber}/${merchantId}`;
}
