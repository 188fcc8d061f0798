import { z } from 'zod';
import { limits } from '@/contract/common';
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

/**
 * The API's 422 names the fields it refused; a refused new password is one of the most common
 * ones (the form checks the length itself), so it gets our message for that, in the user's language.
 */
export function refusedPasswordMessage(errors: Record<string, string[]>, field: string): string | null {
  return errors[field]?.length ? 'auth:validation.passwordCommon' : null;
}
