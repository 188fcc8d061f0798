import { z } from 'zod';
import { accountLimits, type PayoutAccountBody } from '@/contract/account';
import { ibanProblem } from '@/contract/iban';

/** The payout account form's own checks, with catalogue keys as messages; the IBAN check is the contract's, the one the API applies. */
export const payoutFormSchema = z.object({
  accountHolder: z
    .string()
    .trim()
    .min(1, { error: 'account:validation.accountHolder' })
    .max(accountLimits.accountHolderLength, { error: 'account:validation.tooLong.accountHolder' }),
  iban: z.string().superRefine((iban, context) => {
    if (iban.trim() === '') {
      context.addIssue({ code: 'custom', message: 'account:validation.iban' });
      return;
    }
    const problem = ibanProblem(iban);
    if (problem) context.addIssue({ code: 'custom', message: `account:validation.ibanProblems.${problem}` });
  }),
  currentPassword: z.string().min(1, { error: 'account:validation.currentPassword' }),
}) satisfies z.ZodType<PayoutAccountBody>;
export type PayoutForm = z.input<typeof payoutFormSchema>;
