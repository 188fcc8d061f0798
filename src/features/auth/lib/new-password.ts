import { z } from 'zod';
import { limits, type PasswordRefusal } from '@/contract/common';
import type { ApiError } from '@/lib/api-error';
import { alwaysCheck } from '@/lib/validation';

/** The new password typed twice, as every form that sets one asks for it. */
export const newPasswordShape = {
  password: z
    .string()
    .min(limits.passwordMinLength, { error: 'auth:validation.passwordTooShort' })
    .max(limits.passwordMaxLength, { error: 'auth:validation.passwordTooLong' }),
  confirmation: z.string(),
};

/** Adds the check that both typings agree, shown under the second. */
export function withConfirmation<Schema extends z.ZodType<{ password: string; confirmation: string }>>(schema: Schema): Schema {
  return schema.refine((values) => values.password === values.confirmation, {
    error: 'auth:validation.confirmationDiffers',
    path: ['confirmation'],
    ...alwaysCheck,
  });
}

const refusalMessages: Record<PasswordRefusal, string> = {
  'too-short': 'auth:validation.passwordTooShort',
  'too-long': 'auth:validation.passwordTooLong',
  common: 'auth:validation.passwordCommon',
  'contains-email': 'auth:validation.passwordContainsEmail',
  'same-as-current': 'auth:validation.passwordSameAsCurrent',
};

/**
 * Our message, in the user's language, for a new password the API refused under `field`: it names
 * the rule broken (`passwordRefusal`); a refusal that names none gets a message that claims no rule.
 */
export function refusedPasswordMessage(error: ApiError, field: string): string | null {
  if (!error.fieldErrors[field]?.length) return null;
  const refusal = error.problem?.passwordRefusal;
  return refusal ? refusalMessages[refusal] : 'auth:validation.passwordRefused';
}
