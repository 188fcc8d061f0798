import { countries, currencies, modes } from '@/contract/common';
import {
  completenessValues,
  customerTypes,
  orderStatuses,
  paymentMethods,
  paymentTerms,
  reasonCodes,
  shippingStatuses,
} from '@/contract/orders';
import type { OrderCore } from '../rules/order-model';
import { inIdleSlices } from './idle-slices';

// A generated world's orders as IndexedDB keeps them: a column per field, each value given as its
// place in that column's list of distinct values. Reading 100,000 orders back from columns is
// several times cheaper than generating them again, and a customer shared by several orders stays
// one object.

/** One field of every order: the distinct values, and each order's place among them. */
interface StoredColumn {
  field: string;
  distinct: unknown[];
  places: Uint32Array;
}

export interface StoredOrders {
  count: number;
  columns: StoredColumn[];
}

const fieldsOf = (orders: readonly OrderCore[]) => (orders.length > 0 ? (Object.keys(orders[0] as OrderCore) as (keyof OrderCore)[]) : []);

function storeColumn(orders: readonly OrderCore[], field: keyof OrderCore): StoredColumn {
  const distinct: unknown[] = [];
  const placeOf = new Map<unknown, number>();
  const places = new Uint32Array(orders.length);
  orders.forEach((order, index) => {
    const value = order[field];
    let place = placeOf.get(value);
    if (place === undefined) {
      place = distinct.length;
      distinct.push(value);
      placeOf.set(value, place);
    }
    places[index] = place;
  });
  return { field, distinct, places };
}

export function storeOrders(orders: readonly OrderCore[]): StoredOrders {
  return { count: orders.length, columns: fieldsOf(orders).map((field) => storeColumn(orders, field)) };
}

/** The same, a field per idle slice (some 8 ms each at 100,000 orders), then handed to `done`. */
export function storeOrdersInIdleSlices(orders: readonly OrderCore[], done: (stored: StoredOrders) => void): void {
  const fields = fieldsOf(orders);
  const columns: StoredColumn[] = [];
  inIdleSlices(() => {
    const field = fields[columns.length];
    if (field) columns.push(storeColumn(orders, field));
    if (columns.length < fields.length) return false;
    done({ count: orders.length, columns });
    return true;
  });
}

// What each field may hold. Checked on the distinct values only: a few milliseconds for 100,000
// orders, where the contract's schemas would take hundreds. The browser's storage is no more
// trusted than a client: a value edited there must not reach the handlers.
const oneOf = (values: readonly unknown[]) => {
  const allowed = new Set(values);
  return (value: unknown) => allowed.has(value);
};
const orNull = (check: (value: unknown) => boolean) => (value: unknown) => value === null || check(value);
const text = (value: unknown) => typeof value === 'string';
const instant = (value: unknown) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value);
const cents = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0;
const customerFields = { type: oneOf(customerTypes), name: text, companyName: orNull(text), vatNumber: orNull(text), email: text, customerId: text };
const customer = (value: unknown) =>
  typeof value === 'object' &&
  value !== null &&
  Object.keys(value).length === Object.keys(customerFields).length &&
  Object.entries(customerFields).every(([field, check]) => check((value as Record<string, unknown>)[field]));

const fieldChecks: Record<keyof OrderCore, (value: unknown) => boolean> = {
  orderNumber: (value) => typeof value === 'string' && /^\d{7}$/.test(value),
  merchantId: text,
  mode: oneOf(modes),
  orderDate: instant,
  customer,
  yourReference: orNull(text),
  country: oneOf(countries),
  paymentMethod: oneOf(paymentMethods),
  paymentTermDays: oneOf(paymentTerms),
  currency: oneOf(currencies),
  shippingFee: cents,
  total: cents,
  outstanding: cents,
  credited: cents,
  status: oneOf(orderStatuses),
  statusReason: orNull(text),
  statusReasonCode: orNull(oneOf(reasonCodes)),
  shippingStatus: oneOf(shippingStatuses),
  completeness: oneOf(completenessValues),
  activatedAt: orNull(instant),
  expiryExtended: (value) => typeof value === 'boolean',
  paidAt: orNull(instant),
  lastCreditedAt: orNull(instant),
  version: (value) => Number.isSafeInteger(value) && (value as number) >= 1,
};

function readable(column: StoredColumn | undefined, count: number, field: keyof OrderCore): column is StoredColumn {
  if (!column || !Array.isArray(column.distinct) || !(column.places instanceof Uint32Array) || column.places.length !== count) return false;
  const check = fieldChecks[field];
  if (!column.distinct.every(check)) return false;
  const last = column.distinct.length;
  return column.places.every((place) => place < last);
}

/** The orders back, or null when what is stored is not a world's orders, whole and well-formed. */
export function readStoredOrders(stored: StoredOrders): OrderCore[] | null {
  const { count, columns } = stored ?? {};
  if (!Number.isSafeInteger(count) || count < 0 || !Array.isArray(columns)) return null;
  if (count === 0) return [];
  const byField = new Map(columns.map((column) => [column?.field, column]));
  let complete = true;
  const field = <Field extends keyof OrderCore>(name: Field): ((index: number) => OrderCore[Field]) => {
    const column = byField.get(name);
    const ok = readable(column, count, name);
    if (!ok) complete = false;
    const { distinct, places } = ok ? column : { distinct: [], places: new Uint32Array(0) };
    return (index) => distinct[places[index] as number] as OrderCore[Field];
  };
  const orderNumber = field('orderNumber');
  const merchantId = field('merchantId');
  const mode = field('mode');
  const orderDate = field('orderDate');
  const customer = field('customer');
  const yourReference = field('yourReference');
  const country = field('country');
  const paymentMethod = field('paymentMethod');
  const paymentTermDays = field('paymentTermDays');
  const currency = field('currency');
  const shippingFee = field('shippingFee');
  const total = field('total');
  const outstanding = field('outstanding');
  const credited = field('credited');
  const status = field('status');
  const statusReason = field('statusReason');
  const statusReasonCode = field('statusReasonCode');
  const shippingStatus = field('shippingStatus');
  const completeness = field('completeness');
  const activatedAt = field('activatedAt');
  const expiryExtended = field('expiryExtended');
  const paidAt = field('paidAt');
  const lastCreditedAt = field('lastCreditedAt');
  const version = field('version');
  if (!complete) return null;
  const orders: OrderCore[] = new Array(count);
  // Fields spelled out, in the seed's order: every order then shares one shape, which V8 reads fast.
  for (let index = 0; index < count; index += 1) {
    orders[index] = {
      orderNumber: orderNumber(index),
      merchantId: merchantId(index),
      mode: mode(index),
      orderDate: orderDate(index),
      customer: customer(index),
      yourReference: yourReference(index),
      country: country(index),
      paymentMethod: paymentMethod(index),
      paymentTermDays: paymentTermDays(index),
      currency: currency(index),
      shippingFee: shippingFee(index),
      total: total(index),
      outstanding: outstanding(index),
      credited: credited(index),
      status: status(index),
      statusReason: statusReason(index),
      statusReasonCode: statusReasonCode(index),
      shippingStatus: shippingStatus(index),
      completeness: completeness(index),
      activatedAt: activatedAt(index),
      expiryExtended: expiryExtended(index),
      paidAt: paidAt(index),
      lastCreditedAt: lastCreditedAt(index),
      version: version(index),
    };
  }
  return orders;
}
