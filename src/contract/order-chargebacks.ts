import { z } from 'zod';
import { cents, isoDate, isoWeekPattern } from './common';

/**
 * A chargeback on an order: the shopper disputed the payment with their bank, and the money went
 * back. It is a movement of the weekly statement of its ISO week, with the same day and amount.
 */
export const orderChargebackSchema = z.strictObject({
  date: isoDate.meta({ description: 'The day it was booked: the date of its movement on the statement.' }),
  amount: cents.meta({
    description:
      "Whole cents of the order's `currency`, negative as its movement on the statement: what the merchant gives back. Its absolute value is the disputed amount, at most what the shopper paid.",
    example: -4599,
  }),
  statementWeek: z.string().regex(isoWeekPattern).meta({ description: 'The ISO week whose statement carries it.', example: '2026-W37' }),
  statementIssued: z.boolean().meta({ description: "Whether that week's statement has been issued: false while the week is still running (its statement is issued once it has ended, after its Sunday)." }),
});
export type OrderChargeback = z.infer<typeof orderChargebackSchema>;
