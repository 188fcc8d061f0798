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
import type { DueDateAgreement } from './due-date-agreement';
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

/** The due date the provider agreed to for an order that has a due date, if it is later than the invoice's. */
function agreedDueDate(status: OrderSummary['status'], due: string | null, agreement: DueDateAgreement | null): string | null {
  if ((status !== 'activated' && status !== 'paid') || due === null || agreement === null) return null;
  return agreement.dueDate > due ? agreement.dueDate : null;
}

/**
 * The order as the API shows it on `today`: expiry and payment state applied, the payment counted
 * from the due date the provider agreed to by then (`agreement`), if any.
 */
export function toSummary(record: OrderCore, today: string, agreement: DueDateAgreement | null = null): OrderSummary {
  const expired = isExpired(record, today);
  const status = effectiveStatus(record, today);
  const due = dueDate(record.activatedAt, record.paymentTermDays);
  const agreed = agreedDueDate(status, due, agreement);
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
    agreedDueDate: agreed,
    paymentState: paymentState(status, agreed ?? due, today),
    lastCreditedAt: record.lastCreditedAt,
    version: record.version,
  };
}

/**
 * The order in full on `today`, with the chargebacks its statements carry (the ledger knows them, not
 * the order) and the due date the provider agreed to by then.
 */
export function toDetail(record: OrderRecord, today: string, chargebacks: OrderChargeback[], agreement: DueDateAgreement | null = null): OrderDetail {
  const summary = toSummary(record, today, agreement);
  const moved = summary.agreedDueDate === null ? null : agreement;
  const events = [...withStatements(record, today), ...providerEvents(record, today, moved)].sort((a, b) => a.at.localeCompare(b.at));
  return {
    ...summary,
    dueDateExtension: dueDateExtension(summary.status, summary.dueDate, today, summary.agreedDueDate),
    payTo: customerBankDetails(record.country, record.customer.customerId),
    billingAddress: record.billingAddress,
    deliveryAddress: record.deliveryAddress,
    // The provider cancels an expired order whole, as the merchant's cancel of a created one does.
    lines: isExpired(record, today) ? record.lines.map((line) => ({ ...line, quantityCancelled: line.quantity - line.quantityReturned })) : record.lines,
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
    return { ...recorded, statement: { week: formatIsoWeek(week), issued: hasEnded(week, today), fee } };
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

const dunningSteps: [EventType, number][] = [
  ['reminder-1', reminderOneAfterDays],
  ['reminder-2', reminderTwoAfterDays],
  ['collection', collectionAfterDays],
];

/**
 * Events that follow from the calendar alone, so they stay right as days pass, and the provider's
 * agreement to a later due date (`moved`): dunning then counts from that day, and a step already
 * taken before it is not taken again.
 */
function providerEvents(record: OrderRecord, today: string, moved: DueDateAgreement | null): OrderEvent[] {
  if (isExpired(record, today)) {
    const day = addDays(expiresAt(record), 1);
    return [providerEvent(record, 'expired', `${day}T00:00:00.000Z`, 'expired')];
  }
  const due = dueDate(record.activatedAt, record.paymentTermDays);
  if (due === null) return [];
  // Dunning stops once the shopper paid, or once nothing was left to pay: the credit that made the
  // order credited (a cancel, or a reduction or return of everything still owed) is its last.
  const settled = record.paidAt ?? (record.status === 'credited' ? record.lastCreditedAt : null);
  const taken = (from: string) =>
    dunningSteps
      .map(([type, days]) => ({ type, day: addDays(from, days) }))
      .filter(({ day }) => day <= today && (settled === null || day < datePart(settled)));
  if (moved === null) return taken(due).map(({ type, day }) => providerEvent(record, type, `${day}T06:00:00.000Z`));
  const agreedOn = datePart(moved.at);
  const before = taken(due).filter(({ day }) => day < agreedOn);
  const after = taken(moved.dueDate).filter(({ type }) => !before.some((step) => step.type === type));
  return [
    ...[...before, ...after].map(({ type, day }) => providerEvent(record, type, `${day}T06:00:00.000Z`)),
    { ...providerEvent(record, 'due-date-moved', moved.at), amount: null, dueDate: moved.dueDate, ticketNumber: moved.ticketNumber },
  ];
}
