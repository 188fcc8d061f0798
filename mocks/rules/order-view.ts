import type { OrderChargeback } from '@/contract/order-chargebacks';
import {
  paymentReference,
  reasonTexts,
  type EventType,
  type OrderDetail,
  type OrderEvent,
  type OrderSummary,
  type ReasonCode,
} from '@/contract/orders';
import { customerBankDetails } from './bank-details';
import { addDays, datePart } from './dates';
import { formatIsoWeek, hasEnded, isoWeekOf } from './iso-week';
import { sumCents } from './money';
import { documentsOf } from './order-documents';
import {
  collectionAfterDays,
  dueDate,
  dueDateExtension,
  effectiveStatus,
  expiresAt,
  isExpired,
  daysToExpiry,
  latestExpiry,
  paymentState,
  reminderOneAfterDays,
  reminderTwoAfterDays,
} from './order-status';
import { providerActor, type OrderCore, type OrderRecord } from './order-model';
import { orderMovements } from './statement';

/** The order as the API shows it on `today`: expiry and payment state applied. */
export function toSummary(record: OrderCore, today: string): OrderSummary {
  const expired = isExpired(record, today);
  const status = effectiveStatus(record, today);
  const due = dueDate(record.activatedAt, record.paymentTermDays);
  return {
    orderNumber: record.orderNumber,
    merchantId: record.merchantId,
    paymentReference: paymentReference(record.orderNumber, record.merchantId),
    orderDate: record.orderDate,
    customer: record.customer,
    yourReference: record.yourReference,
    country: record.country,
    paymentMethod: record.paymentMethod,
    paymentTermDays: record.paymentTermDays,
    currency: record.currency,
    total: record.total,
    // An expired order was never invoiced: nothing is owed and nothing credited.
    outstanding: expired ? 0 : record.outstanding,
    credited: record.credited,
    shippingFee: record.shippingFee,
    status,
    statusReason: expired ? reasonTexts.expired : record.statusReason,
    // A record kept before reasons had codes has none: its reason is then shown as it was written.
    statusReasonCode: expired ? 'expired' : (record.statusReasonCode ?? null),
    shippingStatus: record.shippingStatus,
    completeness: record.completeness,
    expiresAt: expiresAt(record),
    maxExpiresAt: status === 'created' ? latestExpiry(record.orderDate) : null,
    expiryExtended: record.expiryExtended,
    daysToExpiry: daysToExpiry(record, today),
    activatedAt: record.activatedAt,
    dueDate: due,
    paymentState: paymentState(status, due, today),
    lastCreditedAt: record.lastCreditedAt,
    version: record.version,
  };
}

/** The order in full on `today`, with the chargebacks its statements carry (the ledger knows them, not the order). */
export function toDetail(record: OrderRecord, today: string, chargebacks: OrderChargeback[]): OrderDetail {
  const events = [...withStatements(record, today), ...providerEvents(record, today)].sort((a, b) => a.at.localeCompare(b.at));
  const summary = toSummary(record, today);
  return {
    ...summary,
    dueDateExtension: dueDateExtension(summary.status, summary.dueDate, today),
    payTo: customerBankDetails(record.country, record.customer.customerId),
    billingAddress: record.billingAddress,
    deliveryAddress: record.deliveryAddress,
    lines: record.lines,
    events,
    documents: documentsOf(record),
    chargebacks,
  };
}

/**
 * The order's own events, each that moves money with the week whose statement carries it (and an
 * activation with its fee): read from the movements the statements are made of, so both agree.
 */
function withStatements(record: OrderRecord, today: string): OrderEvent[] {
  const movements = new Map(orderMovements(record).map((movement) => [movement.id, movement]));
  return record.events.map((event) => {
    const recorded = { ...event, reasonCode: event.reasonCode ?? null };
    const movement = movements.get(event.id);
    if (!movement) return recorded;
    const week = isoWeekOf(movement.date);
    const fee = movements.get(`${event.id}-fee`)?.amount ?? null;
    return { ...recorded, statement: { week: formatIsoWeek(week), provisional: !hasEnded(week, today), fee } };
  });
}

const creditEvents: ReadonlySet<EventType> = new Set(['credited', 'reduced', 'returned']);

/**
 * What the shopper owed at `at`: what the order came to on activation, less what was credited by
 * then, so that a reminder keeps the amount it asked for after a later credit. An order with no
 * activation recorded owes what it owes now while unsettled; for a settled one that is not known.
 */
function owedAt(record: OrderRecord, at: string): number | null {
  const activation = record.events.find((event) => event.type === 'activated');
  if (activation && activation.amount !== null) {
    const creditedBy = record.events.filter((event) => creditEvents.has(event.type) && event.at <= at).map((event) => event.amount ?? 0);
    return activation.amount - sumCents(creditedBy);
  }
  return record.status === 'created' || record.status === 'activated' ? record.outstanding : null;
}

function providerEvent(record: OrderRecord, type: EventType, at: string, reasonCode: ReasonCode | null = null): OrderEvent {
  const reason = reasonCode && reasonTexts[reasonCode];
  return { id: `${record.orderNumber}-${type}`, type, at, actor: providerActor, amount: owedAt(record, at), reason, reasonCode };
}

/** Events that follow from the calendar alone, so they stay right as days pass. */
function providerEvents(record: OrderRecord, today: string): OrderEvent[] {
  if (isExpired(record, today)) {
    const day = addDays(expiresAt(record), 1);
    return [providerEvent(record, 'expired', `${day}T00:00:00.000Z`, 'expired')];
  }
  const due = dueDate(record.activatedAt, record.paymentTermDays);
  if (due === null) return [];
  // Dunning stops once the shopper paid or the order was credited.
  const settled = record.paidAt ?? record.events.find((event) => event.type === 'credited')?.at ?? null;
  const steps: [EventType, number][] = [
    ['reminder-1', reminderOneAfterDays],
    ['reminder-2', reminderTwoAfterDays],
    ['collection', collectionAfterDays],
  ];
  return steps
    .map(([type, days]) => ({ type, day: addDays(due, days) }))
    .filter(({ day }) => day <= today && (settled === null || day < datePart(settled)))
    .map(({ type, day }) => providerEvent(record, type, `${day}T06:00:00.000Z`));
}
