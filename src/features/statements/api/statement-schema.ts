import { z } from 'zod';

export const movementTypes = ['activation', 'credit', 'reduction', 'return', 'fee', 'chargeback', 'adjustment'] as const;
export type MovementType = (typeof movementTypes)[number];

const cents = z.number().int();

/** One ISO week's statement: the totals of every money movement of that week. */
export const statementSummarySchema = z.object({
  week: z.string().regex(/^\d{4}-W\d{2}$/),
  year: z.number().int(),
  weekNumber: z.number().int(),
  startDate: z.iso.date(),
  endDate: z.iso.date(),
  currency: z.string().length(3),
  gross: cents,
  fees: cents,
  adjustments: cents,
  net: cents,
  movementCount: z.number().int(),
  payoutDate: z.iso.date(),
});
export type StatementSummary = z.infer<typeof statementSummarySchema>;

export const movementSchema = z.object({
  id: z.string(),
  date: z.iso.date(),
  type: z.enum(movementTypes),
  orderNumber: z.string().nullable(),
  paymentReference: z.string().nullable(),
  amount: cents,
  description: z.string(),
});
export type Movement = z.infer<typeof movementSchema>;
