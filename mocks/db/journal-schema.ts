import { z } from 'zod';
import { apiKeySchema, billingDetailsSchema, payoutAccountSchema } from '@/contract/account';
import { isoDate, isoDateTime, modes } from '@/contract/common';
import { orderDetailSchema, orderEventSchema, reasonCodes } from '@/contract/orders';
import { ticketSchema } from '@/contract/support';
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

const orderRecordSchema = orderDetailSchema
  .omit({ paymentReference: true, expiresAt: true, daysToExpiry: true, dueDate: true, paymentState: true, documents: true, payTo: true })
  .extend({
    mode: z.enum(modes),
    paidAt: isoDateTime.nullable(),
    statusReasonCode: reasonCode,
    events: z.array(orderEventSchema.extend({ reasonCode })),
  });

const sessionSchema = z.strictObject({ token: z.string().min(1), email: z.string(), createdAt: isoDateTime, expiresAt: isoDateTime });

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
  z.strictObject({ kind: z.literal('ticket'), mode: z.enum(modes), ticket: ticketSchema }),
  z.strictObject({ kind: z.literal('session-created'), session: sessionSchema }),
  z.strictObject({ kind: z.literal('session-deleted'), token: z.string() }),
  z.strictObject({ kind: z.literal('billing-details'), merchantId: z.string(), details: billingDetailsSchema }),
  z.strictObject({ kind: z.literal('payout-account'), merchantId: z.string(), account: payoutAccountSchema }),
  z.strictObject({ kind: z.literal('api-key'), key: apiKeyRecordSchema }),
  z.strictObject({ kind: z.literal('security-check'), merchantId: z.string(), check: securityCheckRecordSchema }),
  z.strictObject({ kind: z.literal('merchant-reset'), merchantId: z.string() }),
  z.strictObject({ kind: z.literal('reset'), seed: seedConfigSchema, sessions: z.array(sessionSchema) }),
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
