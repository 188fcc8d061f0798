import { z } from 'zod';
import { activityItemSchema } from '@/contract/activity';
import { apiKeySchema, billingDetailsSchema, payoutAccountSchema } from '@/contract/account';
import { cents, isoDate, isoDateTime, modes, roles } from '@/contract/common';
import { outboxMessageSchema } from '@/contract/demo';
import { orderDetailSchema, orderEventSchema, reasonCodes, returnedLineSchema, type OrderEvent } from '@/contract/orders';
import { ticketMessageSchema, ticketSchema, ticketStatuses } from '@/contract/support';
import { memberStates } from '@/contract/team';
import type { JournalEntry } from './journal';
import type { SeedConfig } from './seed';

// What the browser kept is read back as untrusted input: another tab, an older version of the app or
// a person with the developer tools may have written anything there. Each stored value is checked
// with the contract's own schemas before it is applied.

/** Whether a date string names a real day (zod's pattern alone lets 2026-02-31 through). */
const realDay = isoDate.refine((day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day));

export const seedConfigSchema = z.strictObject({
  seed: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  ordersPerWorld: z.number().int().min(1).max(100_000),
  anchor: realDay,
});

// Records kept before reasons had codes have none: they read as typed reasons.
const reasonCode = z.enum(reasonCodes).nullable().default(null);

const creditEvents = new Set<OrderEvent['type']>(['credited', 'reduced', 'returned']);

const orderRecordSchema = orderDetailSchema
  .omit({ paymentReference: true, expiresAt: true, maxExpiresAt: true, daysToExpiry: true, dueDate: true, agreedDueDate: true, dueDateExtension: true, paymentState: true, documents: true, payTo: true, chargebacks: true })
  .extend({
    mode: z.enum(modes),
    paidAt: isoDateTime.nullable(),
    statusReasonCode: reasonCode,
    // Records kept before expiries could be extended were never extended.
    expiryExtended: z.boolean().default(false),
    events: z.array(orderEventSchema.extend({ reasonCode, lines: z.array(returnedLineSchema.extend({ reasonCode })).optional() })),
    lastCreditedAt: isoDateTime.nullable().optional(),
  })
  // Records kept before the latest credit was noted on the order have it on their timeline only.
  .transform(({ lastCreditedAt, ...order }) => ({
    ...order,
    lastCreditedAt: lastCreditedAt === undefined ? (order.events.findLast((event) => creditEvents.has(event.type))?.at ?? null) : lastCreditedAt,
  }));

// A ticket as filed. Not strict: tickets kept before they became conversations also carry the
// `status` they were filed with, which is now read from their messages. Those have no missing-payment
// fields, and those kept before tickets had a language were written in English.
const ticketRecordSchema = z.object({
  ...ticketSchema.pick({
    ticketNumber: true,
    createdAt: true,
    firstName: true,
    lastName: true,
    merchantId: true,
    email: true,
    topic: true,
    orderReference: true,
    customerId: true,
    message: true,
    wishedDueDate: true,
  }).shape,
  language: ticketSchema.shape.language.default('en'),
  paymentDate: isoDate.nullable().default(null),
  paidAmount: cents.nullable().default(null),
  shopperBankReference: z.string().nullable().default(null),
});

const ticketEntryShape = { mode: z.enum(modes), merchantId: z.string(), ticketNumber: z.string() };

const sessionSchema = z.strictObject({ token: z.string().min(1), email: z.string(), createdAt: isoDateTime, expiresAt: isoDateTime });

const hex = z.string().regex(/^[0-9a-f]+$/);

const userSchema = z.strictObject({
  id: z.string().min(1),
  merchantId: z.string(),
  email: z.string().min(1),
  name: z.string().min(1).nullable(),
  role: z.enum(roles),
  state: z.enum(memberStates),
  // Never a password in clear: a salted hash, the published demo password, or none yet.
  password: z
    .union([
      z.literal('demo'),
      z.strictObject({ algorithm: z.literal('PBKDF2-SHA-256'), iterations: z.number().int().min(1), salt: hex, hash: hex }),
    ])
    .nullable(),
  invitedBy: z.string().nullable(),
  lastSignInAt: isoDateTime.nullable(),
});

const linkSchema = z.strictObject({
  digest: hex,
  purpose: z.enum(['invitation', 'password-reset']),
  userId: z.string().min(1),
  createdAt: isoDateTime,
  expiresAt: isoDateTime,
  usedAt: isoDateTime.nullable(),
});

const failedSignInsSchema = z.strictObject({ failures: z.array(isoDateTime), lockedUntil: isoDateTime.nullable() });

const apiKeyRecordSchema = apiKeySchema.extend({ merchantId: z.string(), secretHash: z.string().regex(/^[0-9a-f]{64}$/) });
const securityCheckRecordSchema = z.strictObject({ requestedAt: isoDateTime.nullable(), requestedBy: z.string().nullable(), passedAt: isoDateTime.nullable() });

const journalEntrySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('order'), order: orderRecordSchema }),
  z.strictObject({
    kind: z.literal('idempotent-answer'),
    answer: z.strictObject({
      merchantId: z.string(),
      mode: z.enum(modes),
      key: z.string(),
      request: z.string(),
      status: z.number().int().min(100).max(599),
      body: z.unknown(),
    }),
  }),
  z.strictObject({ kind: z.literal('ticket'), mode: z.enum(modes), ticket: ticketRecordSchema }),
  z.strictObject({ kind: z.literal('ticket-message'), ...ticketEntryShape, message: ticketMessageSchema.extend({ status: z.enum(ticketStatuses) }) }),
  z.strictObject({ kind: z.literal('ticket-read'), ...ticketEntryShape, seen: z.number().int().min(1) }),
  z.strictObject({ kind: z.literal('session-created'), session: sessionSchema }),
  z.strictObject({ kind: z.literal('session-deleted'), token: z.string() }),
  z.strictObject({ kind: z.literal('billing-details'), merchantId: z.string(), details: billingDetailsSchema }),
  z.strictObject({ kind: z.literal('payout-account'), merchantId: z.string(), account: payoutAccountSchema }),
  z.strictObject({ kind: z.literal('api-key'), key: apiKeyRecordSchema }),
  z.strictObject({ kind: z.literal('security-check'), merchantId: z.string(), check: securityCheckRecordSchema }),
  // Lines kept before the log had reason codes have none: their reason reads as typed.
  // Changes logged before the log kept what a change replaced say nothing of it.
  z.strictObject({
    kind: z.literal('activity'),
    item: activityItemSchema.extend({ reasonCode, previousDetail: z.string().nullable().default(null), changes: activityItemSchema.shape.changes.default(null) }),
  }),
  z.strictObject({ kind: z.literal('merchant-reset'), merchantId: z.string() }),
  z.strictObject({ kind: z.literal('reset'), seed: seedConfigSchema, sessions: z.array(sessionSchema) }),
  z.strictObject({ kind: z.literal('user'), user: userSchema }),
  z.strictObject({ kind: z.literal('link'), link: linkSchema }),
  z.strictObject({ kind: z.literal('outbox-message'), message: outboxMessageSchema }),
  z.strictObject({ kind: z.literal('failed-sign-ins'), email: z.string().min(1), state: failedSignInsSchema }),
]);

/** The change a stored value stands for, or null when it is not one this backend can apply. */
export function readJournalEntry(value: unknown): JournalEntry | null {
  const result = journalEntrySchema.safeParse(value);
  return result.success ? (result.data as JournalEntry) : null;
}

export function readSeedConfig(value: unknown): SeedConfig | null {
  const result = seedConfigSchema.safeParse(value);
  return result.success ? result.data : null;
}
