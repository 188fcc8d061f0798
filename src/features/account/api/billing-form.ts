import { z } from 'zod';
import { accountLimits, type BillingDetails, type BillingDetailsBody } from '@/contract/account';
import { countries, limits } from '@/contract/common';
import { isValidPostalCode } from '@/contract/postal-code';
import { vatNumberProblem } from '@/contract/vat-number';
import { alwaysCheck } from '@/lib/validation';

/** A required text of at most `max` characters; `field` names its message's key, which names the limit. */
const text = (field: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: `account:validation.${field}` })
    .max(max, { error: `account:validation.tooLong.${field}` });

/**
 * The billing details form's own checks, with catalogue keys as messages. The postal code and the
 * VAT number are held to their country's format (and the VAT number to its check digits) by the
 * contract's own checks, the ones the API applies.
 */
export const billingFormSchema = z
  .object({
    companyName: text('companyName', limits.nameLength),
    street: text('street', accountLimits.streetLength),
    postalCode: text('postalCode', accountLimits.postalCodeLength),
    city: text('city', accountLimits.cityLength),
    country: z.enum(countries),
    vatNumber: z.string().trim().min(1, { error: 'account:validation.vatNumber' }),
    invoiceEmail: z.email({ error: 'account:validation.invoiceEmail' }).max(limits.emailLength, { error: 'account:validation.tooLong.invoiceEmail' }),
  })
  .superRefine((form, context) => {
    if (form.postalCode.trim() !== '' && !isValidPostalCode(form.country, form.postalCode)) {
      context.addIssue({ code: 'custom', path: ['postalCode'], message: 'account:validation.postalCodeFormat' });
    }
    const vatProblem = form.vatNumber.trim() === '' ? null : vatNumberProblem(form.country, form.vatNumber);
    if (vatProblem) context.addIssue({ code: 'custom', path: ['vatNumber'], message: `account:validation.vatNumberProblems.${vatProblem}` });
  }, alwaysCheck) satisfies z.ZodType<BillingDetailsBody>;
export type BillingForm = z.input<typeof billingFormSchema>;

export const billingFormFields = ['companyName', 'street', 'postalCode', 'city', 'country', 'vatNumber', 'invoiceEmail'] as const;

export function billingFormValues(details: BillingDetails): BillingForm {
  return Object.fromEntries(billingFormFields.map((field) => [field, details[field]])) as BillingForm;
}
