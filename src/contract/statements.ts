import { z } from 'zod';
import { cents, csvFormatQueryShape, currencies, isoDate, isoWeekPattern, limits } from './common';
import { documentLanguages, reasonCodeSchema } from './orders';

export const movementTypes = ['activation', 'credit', 'reduction', 'return', 'fee', 'chargeback', 'adjustment'] as const;
export type MovementType = (typeof movementTypes)[number];

/** One ISO week's statement, issued once the week has ended: the totals of every money movement of that week. */
export const statementSummarySchema = z.strictObject({
  week: z.string().regex(isoWeekPattern).meta({ example: '2026-W47' }),
  year: z.number().int(),
  weekNumber: z.number().int().min(1).max(53),
  startDate: isoDate,
  endDate: isoDate,
  currency: z.enum(currencies),
  gross: cents.meta({ description: 'The sum of the order movements.' }),
  fees: cents,
  adjustments: cents,
  net: cents.meta({ description: 'The payout: the sum of every movement.' }),
  movementCount: z.number().int().min(0),
  payoutDate: isoDate.meta({
    description:
      'The day the week is settled, the Tuesday after it. Money moves on it only in live data and for a net other than zero: only then do the CSV and camt.053 give it. Test data moves no money.',
  }),
  settled: z.boolean().meta({
    description:
      "Whether the payout date has come on the backend's today, so that the week's money has moved (where any moves). False for the week just ended until its Tuesday.",
  }),
});
export type StatementSummary = z.infer<typeof statementSummarySchema>;

export const movementSchema = z.strictObject({
  id: z.string(),
  date: isoDate,
  type: z.enum(movementTypes),
  orderNumber: z.string().nullable(),
  paymentReference: z.string().nullable(),
  amount: cents.meta({ description: 'Signed: + the provider pays the merchant, − the merchant gives back.' }),
  description: z.string().meta({ description: 'In English, with the reason when there is one; the reason is also given apart, to be translated.' }),
  reason: z.string().nullable().meta({ description: 'Why money went back to the shopper (credit, partial cancel, return), as recorded on the order; null for other movements.' }),
  reasonCode: reasonCodeSchema,
});
export type Movement = z.infer<typeof movementSchema>;

export const statementSchema = statementSummarySchema.extend({ movements: z.array(movementSchema) });
export type Statement = z.infer<typeof statementSchema>;

/** `GET /api/statements/{week}`: the statement, and the account its payout goes to. */
export const statementDetailSchema = statementSchema.extend({
  payoutAccount: z
    .strictObject({ accountHolder: z.string(), iban: z.string() })
    .nullable()
    .meta({ description: "The merchant's payout account in effect on the payout date; null while the merchant has given none." }),
});
export type StatementDetail = z.infer<typeof statementDetailSchema>;

/** `GET /api/statements?year=`: the statements of that year's weeks that have ended, newest first; the running week has none yet. */
export const statementYearSchema = z.strictObject({
  year: z.number().int(),
  currentYear: z.number().int().meta({
    description: "The ISO year of the backend's today, the last with statements: the year answered when none is asked for. A later year is answered 422.",
    example: 2026,
  }),
  firstYear: z.number().int().meta({
    description: "The first year with statements: that of the merchant's first money movement in this world, or the current year while nothing has moved. An earlier year is answered 422.",
    example: 2026,
  }),
  currency: z.enum(currencies),
  items: z.array(statementSummarySchema),
});
export type StatementYear = z.infer<typeof statementYearSchema>;

/** Four digits ("2026.0" or "02026" are refused); the bounds follow the merchant's data and the backend's clock, so only it can check them. */
export const statementYearQuerySchema = z.object({
  year: z
    .preprocess((value) => (typeof value === 'string' && /^\d{4}$/.test(value) ? Number(value) : value), z.number().int().min(limits.firstStatementYear).optional())
    .meta({
      description:
        "From the year of the merchant's first money movement (`firstYear` in the answer) to the current year (`currentYear`, that of the backend's today); any other year is answered 422, naming `year`. Left out: the current year.",
      example: 2026,
    }),
});

/** `GET /api/statements/{week}/csv`: the kind of CSV. */
export const statementCsvQuerySchema = z.object(csvFormatQueryShape);

/** `GET /api/statements/{week}/pdf`: the language its reader works in. */
export const statementPdfQuerySchema = z.object({
  lang: z
    .enum(documentLanguages)
    .default('en')
    .meta({ description: "The statement's language; money and dates are written as they are in the merchant's country. English when left out; an empty `lang=` is refused (422) like any other language not listed." }),
});
