import { z } from 'zod';
import { accountLimits, type BillingDetails, type BillingDetailsBody } from '@/contract/account';
import { countries, limits } from '@/contract/common';
import { isValidPostalCode } from '@/contract/postal-code';
import { isValidVatNumber } from '@/contract/vat-number';
import { alwaysCheck } from '@/lib/validation';

const text = (max: number, required: string) => z.string().trim().min(1, { error: required }).max(max, { error: 'account:validation.tooLong' });

/**
 * The billing details form's own checks, with catalogue keys as messages. The postal code and the
 * VAT number are held to their country's format (and the VAT number to its check digits) by the
 * contract's own checks, the ones the API applies.
 */
export const billingFormSchema = z
  .object({
    companyName: text(limits.nameLength, 'account:validation.companyName'),
    street: text(accountLimits.streetLength, 'account:validation.street'),
    postalCode: text(accountLimits.postalCodeLength, 'account:validation.postalCode'),
    city: text(accountLimits.cityLength, 'account:validation.city'),
    country: z.enum(countries),
    vatNumber: z.string().trim().min(1, { error: 'account:validation.vatNumber' }),
    invoiceEmail: z.email({ error: 'account:validation.invoiceEmail' }).max(limits.emailLength, { error: 'account:validation.tooLong' }),
  })
  .superRefine((form, context) => {
    if (form.postalCode.trim() !== '' && !isValidPostalCode(form.country, form.postalCode)) {
      context.addIssue({ code: 'custom', path: ['postalCode'], message: 'account:validation.postalCodeFormat' });
    }
    if (form.vatNumber.trim() !== '' && !isValidVatNumber(form.country, form.vatNumber)) {
      context.addIssue({ code: 'custom', path: ['vatNumber'], message: 'account:validation.vatNumberFormat' });
    }
  }, alwaysCheck) satisfies z.ZodType<BillingDetailsBody>;
export type BillingForm = z.input<typeof billingFormSchema>;

export const billingFormFields = ['companyName', 'street', 'postalCode', 'city', 'country', 'vatNumber', 'invoiceEmail'] as const;

export function billingFormValues(details: BillingDetails): BillingForm {
  return Object.fromEntries(billingFormFields.map((field) => [field, details[field]])) as BillingForm;
}
