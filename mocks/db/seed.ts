import type { Mode } from '@/contract/common';
import { reasonTexts, type EventType, type OrderLine, type PaymentMethod, type PaymentTermDays, type ReasonCode, type ReturnedLine } from '@/contract/orders';
import { dayNumber, fromDayNumber, isoInstant } from '../rules/dates';
import { lineTotal, percentOf, sumCents } from '../rules/money';
import { returnValue } from '../rules/order-actions';
import { providerActor, type OrderCore, type OrderRecord } from '../rules/order-model';
import { expiresAt } from '../rules/order-status';
import { createRandom, weightTable, type Random } from '../rules/seeded-random';
import { findMerchant, type Merchant } from './accounts';
import { merchantProfiles, type MerchantProfile } from './seed-catalogue';
import { generateCustomer, type SeedCustomer } from './seed-customers';
import { people } from './seed-people';

/** What fully determines the demo data. */
export interface SeedConfig {
  seed: number;
  ordersPerWorld: number;
  /** The day the data is anchored on: orders lie in the nine months before it. */
  anchor: string;
}

const spanDays = 270;
const msPerMinute = 60_000;

const cancelReasons: ReasonCode[] = ['customer-withdrew', 'out-of-stock', 'duplicate-order', 'address-not-verified'];
const creditReasons: ReasonCode[] = ['customer-withdrew', 'damaged-in-transit', 'goods-returned', 'not-delivered'];
const reduceReasons: ReasonCode[] = ['price-adjustment', 'late-delivery-goodwill', 'missing-part'];
const returnReasons: ReasonCode[] = ['wrong-size', 'damaged-in-transit', 'not-as-described', 'changed-mind'];

const lineCounts = weightTable({ 1: 35, 2: 30, 3: 18, 4: 10, 5: 7 });
const quantities = weightTable({ 1: 75, 2: 18, 3: 7 });
const methods = weightTable<PaymentMethod>({ invoice: 60, 'direct-debit': 25, instalments: 15 });
const paymentTimings = weightTable({ onTime: 70, late: 20, veryLate: 7, never: 3 });

/**
 * The seeded orders of one merchant's test or live world. Each order comes
 * from its own random stream, so any one of them can be rebuilt on demand:
 * a large world keeps only what listing needs and rebuilds the details.
 */
export class SeededWorld {
  readonly size: number;
  private readonly merchant: Merchant | undefined;
  private readonly profile: MerchantProfile | undefined;
  /** Made on first use: a world read back from storage needs them only to rebuild an order's details. */
  private customerList: SeedCustomer[] | null = null;

  constructor(
    private readonly config: SeedConfig,
    private readonly merchantId: string,
    private readonly mode: Mode,
  ) {
    this.merchant = findMerchant(merchantId);
    this.profile = merchantProfiles[merchantId];
    this.size = this.merchant && this.profile ? config.ordersPerWorld : 0;
  }

  private get customers(): SeedCustomer[] {
    if (this.customerList) return this.customerList;
    const customers: SeedCustomer[] = [];
    if (this.profile) {
      const countries = weightTable(this.profile.countryWeights);
      const random = createRandom('customers', this.config.seed, this.merchantId, this.mode);
      // About two and a half orders per customer, so customers come back.
      const count = Math.max(20, Math.ceil(this.size / 2.5));
      for (let index = 0; index < count; index += 1) customers.push(generateCustomer(random, random.weighted(countries), 100_001 + index));
    }
    this.customerList = customers;
    return customers;
  }

  /** The position of a seeded order, from its number. */
  positionOf(orderNumber: string): number | undefined {
    if (!this.profile || !/^\d{7}$/.test(orderNumber)) return undefined;
    const position = Number(orderNumber) - this.profile.firstOrderNumber[this.mode];
    return position >= 0 && position < this.size ? position : undefined;
  }

  /** Every seeded order, oldest first, without lines, events and addresses. */
  cores(): OrderCore[] {
    return Array.from({ length: this.size }, (_, position) => coreOf(this.order(position)));
  }

  order(position: number): OrderRecord {
    const { merchant, profile, config } = this;
    if (!merchant || !profile) throw new RangeError(`No seeded orders for merchant ${this.merchantId}`);
    // The anchor only shifts dates: the same seed tells the same story on any day.
    const random = createRandom('order', config.seed, this.merchantId, this.mode, position);
    const anchorDay = dayNumber(config.anchor);
    // Spread evenly over the span; order numbers grow with the order date.
    const spread = (position * spanDays) / config.ordersPerWorld;
    const age = spanDays - Math.floor(spread);
    const minuteOfDay = 6 * 60 + Math.floor((spread % 1) * 16 * 60);
    const draft = draftOrder(random, profile, random.pick(this.customers), {
      orderNumber: String(profile.firstOrderNumber[this.mode] + position),
      merchantId: this.merchantId,
      mode: this.mode,
      currency: merchant.currency,
      orderDate: isoInstant(anchorDay - age, minuteOfDay, random.int(0, 59)),
    });
    return live(random, profile, draft, anchorDay - age, anchorDay);
  }
}

function coreOf(order: OrderRecord): OrderCore {
  return {
    orderNumber: order.orderNumber,
    merchantId: order.merchantId,
    mode: order.mode,
    orderDate: order.orderDate,
    customer: order.customer,
    yourReference: order.yourReference,
    country: order.country,
    paymentMethod: order.paymentMethod,
    paymentTermDays: order.paymentTermDays,
    currency: order.currency,
    shippingFee: order.shippingFee,
    total: order.total,
    outstanding: order.outstanding,
    credited: order.credited,
    status: order.status,
    statusReason: order.statusReason,
    statusReasonCode: order.statusReasonCode,
    shippingStatus: order.shippingStatus,
    completeness: order.completeness,
    activatedAt: order.activatedAt,
    expiryExtended: order.expiryExtended,
    paidAt: order.paidAt,
    lastCreditedAt: order.lastCreditedAt,
    version: order.version,
  };
}

type Identity = Pick<OrderRecord, 'orderNumber' | 'merchantId' | 'mode' | 'currency' | 'orderDate'>;

function draftOrder(random: Random, profile: MerchantProfile, buyer: SeedCustomer, identity: Identity): OrderRecord {
  const local = people[buyer.country];
  const articles = new Set<number>();
  const lineCount = Number(random.weighted(lineCounts));
  while (articles.size < Math.min(lineCount, profile.articles.length)) articles.add(random.int(0, profile.articles.length - 1));
  const lines: OrderLine[] = [...articles].map((articleIndex, lineIndex) => {
    const article = profile.articles[articleIndex] as (typeof profile.articles)[number];
    const quantity = article.unitPrice < 2_000 ? random.int(1, 6) : Number(random.weighted(quantities));
    const gross = quantity * article.unitPrice;
    const discount = random.chance(0.12) ? percentOf(gross, random.pick([10, 15, 20])) : 0;
    return {
      id: `${identity.orderNumber}-${lineIndex + 1}`,
      articleNumber: article.articleNumber,
      title: article.title,
      quantity,
      unitPrice: article.unitPrice,
      discount,
      vatRate: article.reducedVat ? local.reducedVat : local.standardVat,
      lineTotal: lineTotal(quantity, article.unitPrice, discount),
      shipDate: null,
      quantityShipped: 0,
      quantityInvoiced: 0,
      quantityCancelled: 0,
      quantityReturned: 0,
    };
  });
  const subtotal = sumCents(lines.map((line) => line.lineTotal));
  const shippingFee = subtotal >= 15_000 || random.chance(0.1) ? 0 : random.pick([495, 695]);
  const paymentMethod = random.weighted(methods);
  const paymentTermDays: PaymentTermDays = paymentMethod === 'instalments' || random.chance(0.4) ? 30 : 14;
  const { customer } = buyer;
  const year = identity.orderDate.slice(0, 4);
  const yourReference =
    customer.type === 'business' && random.chance(0.65)
      ? random.chance(0.5)
        ? `PO-${year}-${String(random.int(1, 9999)).padStart(4, '0')}`
        : `${customer.customerId.slice(-3)}/${random.int(10_000, 99_999)}`
      : null;
  const total = subtotal + shippingFee;
  // Fields spelled out: spreading into a literal this size is slow in V8, which matters at 100,000 orders.
  return {
    orderNumber: identity.orderNumber,
    merchantId: identity.merchantId,
    mode: identity.mode,
    currency: identity.currency,
    orderDate: identity.orderDate,
    customer,
    yourReference,
    country: buyer.country,
    paymentMethod,
    paymentTermDays,
    shippingFee,
    total,
    outstanding: total,
    credited: 0,
    status: 'created',
    statusReason: null,
    statusReasonCode: null,
    shippingStatus: 'waiting',
    completeness: 'complete',
    activatedAt: null,
    expiryExtended: false,
    paidAt: null,
    lastCreditedAt: null,
    billingAddress: buyer.billingAddress,
    deliveryAddress: buyer.deliveryAddress,
    lines,
    events: [{ id: `${identity.orderNumber}-1`, type: 'created', at: identity.orderDate, actor: providerActor, amount: total, reason: null, reasonCode: null }],
    version: 1,
  };
}

/** Plays an order's history up to the day before the anchor day. */
function live(random: Random, profile: MerchantProfile, order: OrderRecord, orderDay: number, anchorDay: number): OrderRecord {
  const lastDay = anchorDay - 1;
  const age = anchorDay - orderDay;
  const expiresBeforeAnchor = expiresAt(order) < fromDayNumber(anchorDay);
  const record: Recorder = (type, day, actor, amount, reasonCode = null, lines) => {
    const previous = (order.events[order.events.length - 1] as { at: string }).at;
    let at = isoInstant(day, random.int(6 * 60, 21 * 60 + 59), random.int(0, 59));
    if (at <= previous) at = new Date(Date.parse(previous) + random.int(5, 90) * msPerMinute).toISOString();
    const reason = reasonCode && reasonTexts[reasonCode];
    order.events.push({ id: `${order.orderNumber}-${order.events.length + 1}`, type, at, actor, amount, reason, reasonCode, ...(lines && { lines }) });
    order.version += 1;
    return at;
  };
  const staff = (): string => random.pick(profile.staff);
  const dayWithin = (from: number, maxDays: number): number => from + random.int(0, Math.max(0, Math.min(maxDays, lastDay - from)));

  // Young orders still wait for activation more often; old unactivated ones expire by the clock.
  const roll = random.next();
  const cancelShare = 0.06;
  const activateShare = expiresBeforeAnchor ? 0.89 : Math.min(0.8, 0.4 + age / 100);
  if (roll < cancelShare) {
    const reason = random.pick(cancelReasons);
    record('cancelled', dayWithin(orderDay, 10), staff(), order.outstanding, reason);
    for (const line of order.lines) line.quantityCancelled = line.quantity;
    return Object.assign(order, { status: 'cancelled', statusReason: reasonTexts[reason], statusReasonCode: reason, outstanding: 0 });
  }
  if (roll >= cancelShare + activateShare) {
    if (expiresBeforeAnchor) return order;
    if (age >= 2 && random.chance(0.15)) {
      const shipDate = fromDayNumber(dayWithin(orderDay, 5));
      for (const line of order.lines) Object.assign(line, { shipDate, quantityShipped: line.quantity });
      return Object.assign(order, { shippingStatus: 'shipped' });
    }
    return random.chance(0.2) ? Object.assign(order, { completeness: 'incomplete' }) : order;
  }

  const activationDay = dayWithin(orderDay, 7);
  for (const line of order.lines) {
    Object.assign(line, { shipDate: fromDayNumber(activationDay), quantityShipped: line.quantity, quantityInvoiced: line.quantity });
  }
  const activatedAt = record('activated', activationDay, staff(), order.outstanding);
  Object.assign(order, { status: 'activated', shippingStatus: 'shipped', activatedAt });

  if (activationDay < lastDay && random.chance(0.08)) reduce(random, order, dayWithin(activationDay + 1, order.paymentTermDays), record, staff());
  if (activationDay < lastDay && random.chance(0.04)) {
    const reason = random.pick(creditReasons);
    const creditedAt = record('credited', dayWithin(activationDay + 1, 20), staff(), order.outstanding, reason);
    // Only goods that came back are returned; a credit for anything else cancels what is left, as
    // the API's own credit does.
    const settledField = reason === 'goods-returned' ? 'quantityReturned' : 'quantityCancelled';
    for (const line of order.lines) line[settledField] += line.quantity - line.quantityCancelled - line.quantityReturned;
    return Object.assign(order, {
      lastCreditedAt: creditedAt,
      status: 'credited',
      statusReason: reasonTexts[reason],
      statusReasonCode: reason,
      credited: order.credited + order.outstanding,
      outstanding: 0,
    });
  }
  // Most shoppers pay within the term, some late, a few not at all.
  const timing = random.weighted(paymentTimings);
  if (timing === 'never') return order;
  const offsets = { onTime: [2 - order.paymentTermDays, 0], late: [1, 25], veryLate: [26, 60] } as const;
  const [earliest, latest] = offsets[timing];
  const paidDay = activationDay + order.paymentTermDays + random.int(earliest, latest);
  if (paidDay > lastDay) return order;
  const paidAt = record('paid', paidDay, providerActor, order.outstanding);
  return Object.assign(order, { status: 'paid', outstanding: 0, paidAt });
}

/** Records an event on the order; a return names the lines that came back, as the API's own does. */
type Recorder = (type: EventType, day: number, actor: string, amount: number | null, reasonCode?: ReasonCode | null, lines?: ReturnedLine[]) => string;

/** A partial cancel after activation: some units come back, or the price is lowered. */
function reduce(random: Random, order: OrderRecord, day: number, record: Recorder, actor: string): void {
  const returnable = order.lines.filter((line) => line.quantity > 1 || order.lines.length > 1);
  let amount: number;
  if (returnable.length > 0 && random.chance(0.6)) {
    const line = random.pick(returnable);
    // Never every unit of a one-line order: that would be a full credit.
    const units = random.int(1, order.lines.length > 1 ? line.quantity : line.quantity - 1);
    amount = Math.min(order.outstanding, returnValue(line, units));
    line.quantityReturned = units;
    const returned = [{ lineId: line.id, quantity: units, reason: null, reasonCode: null }];
    order.lastCreditedAt = record('returned', day, actor, amount, random.pick(returnReasons), returned);
  } else {
    amount = percentOf(order.outstanding, random.pick([5, 10, 20]));
    order.lastCreditedAt = record('reduced', day, actor, amount, random.pick(reduceReasons));
  }
  order.credited += amount;
  order.outstanding -= amount;
}
