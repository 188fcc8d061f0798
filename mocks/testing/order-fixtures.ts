import type { OrderRecord } from '../rules/order-model';

// One small order told at every stage of its life, for the rules' tests.
// Line 1: 2 × 45.00 with 9.00 off (a unit is worth 40.50); line 2: 1 × 129.00; shipping 4.95.
export const fixtureToday = '2026-11-24';
export const fixtureTotal = 21_495;

const address = { name: 'Lotte Claes', street: 'Kerkstraat 12', postalCode: '9000', city: 'Gent', country: 'BE' } as const;

export const createdOrder: OrderRecord = {
  orderNumber: '1000042',
  merchantId: '3333',
  mode: 'live',
  orderDate: '2026-11-01T09:30:00.000Z',
  customer: { type: 'private', name: 'Lotte Claes', companyName: null, vatNumber: null, email: 'lotte.claes@mail.example', customerId: 'C100042' },
  yourReference: null,
  country: 'BE',
  paymentMethod: 'invoice',
  paymentTermDays: 14,
  currency: 'EUR',
  shippingFee: 495,
  total: fixtureTotal,
  outstanding: fixtureTotal,
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
  billingAddress: address,
  deliveryAddress: address,
  lines: [
    {
      id: '1000042-1',
      articleNumber: 'AL-10302',
      title: 'Linen lampshade, 40 cm',
      quantity: 2,
      unitPrice: 4_500,
      discount: 900,
      vatRate: 21,
      lineTotal: 8_100,
      shipDate: null,
      quantityShipped: 0,
      quantityInvoiced: 0,
      quantityCancelled: 0,
      quantityReturned: 0,
    },
    {
      id: '1000042-2',
      articleNumber: 'AL-10245',
      title: "Brass table lamp 'Clara'",
      quantity: 1,
      unitPrice: 12_900,
      discount: 0,
      vatRate: 21,
      lineTotal: 12_900,
      shipDate: null,
      quantityShipped: 0,
      quantityInvoiced: 0,
      quantityCancelled: 0,
      quantityReturned: 0,
    },
  ],
  events: [{ id: '1000042-1', type: 'created', at: '2026-11-01T09:30:00.000Z', actor: 'Comptoir', amount: fixtureTotal, reason: null, reasonCode: null }],
  version: 1,
};

/** Never activated, and past its two months on the fixture's day. */
export const expiredOrder: OrderRecord = {
  ...createdOrder,
  orderDate: '2026-09-01T09:30:00.000Z',
  events: [{ ...createdOrder.events[0]!, at: '2026-09-01T09:30:00.000Z' }],
};

/** Never activated, with six days left on the fixture's day: its expiry may be extended. */
export const expiringOrder: OrderRecord = {
  ...createdOrder,
  orderDate: '2026-09-30T09:30:00.000Z',
  events: [{ ...createdOrder.events[0]!, at: '2026-09-30T09:30:00.000Z' }],
};

export const activatedOrder: OrderRecord = {
  ...createdOrder,
  status: 'activated',
  shippingStatus: 'shipped',
  activatedAt: '2026-11-03T10:00:00.000Z',
  lines: createdOrder.lines.map((line) => ({ ...line, shipDate: '2026-11-03', quantityShipped: line.quantity, quantityInvoiced: line.quantity })),
  events: [
    ...createdOrder.events,
    { id: '1000042-2', type: 'activated', at: '2026-11-03T10:00:00.000Z', actor: 'Nathalie Dubois', amount: fixtureTotal, reason: null, reasonCode: null },
  ],
  version: 2,
};

export const paidOrder: OrderRecord = {
  ...activatedOrder,
  status: 'paid',
  outstanding: 0,
  paidAt: '2026-11-12T08:00:00.000Z',
  events: [...activatedOrder.events, { id: '1000042-3', type: 'paid', at: '2026-11-12T08:00:00.000Z', actor: 'Comptoir', amount: fixtureTotal, reason: null, reasonCode: null }],
  version: 3,
};

export const cancelledOrder: OrderRecord = {
  ...createdOrder,
  status: 'cancelled',
  statusReason: 'Out of stock',
  outstanding: 0,
  lines: createdOrder.lines.map((line) => ({ ...line, quantityCancelled: line.quantity })),
  events: [...createdOrder.events, { id: '1000042-2', type: 'cancelled', at: '2026-11-02T10:00:00.000Z', actor: 'Nathalie Dubois', amount: fixtureTotal, reason: 'Out of stock', reasonCode: null }],
  version: 2,
};

export const creditedOrder: OrderRecord = {
  ...activatedOrder,
  status: 'credited',
  statusReason: 'Not delivered',
  outstanding: 0,
  credited: fixtureTotal,
  lastCreditedAt: '2026-11-10T10:00:00.000Z',
  lines: activatedOrder.lines.map((line) => ({ ...line, quantityCancelled: line.quantity })),
  events: [
    ...activatedOrder.events,
    { id: '1000042-3', type: 'credited', at: '2026-11-10T10:00:00.000Z', actor: 'Nathalie Dubois', amount: fixtureTotal, reason: 'Not delivered', reasonCode: null },
  ],
  version: 3,
};
