import { z } from 'zod';
import { accountLimits } from '@/contract/account';
import type { Mode } from '@/contract/common';

const name = z.string().trim().min(1, { error: 'account:validation.keyName' }).max(accountLimits.keyNameLength, { error: 'account:validation.tooLong.keyName' });

/**
 * A new key's name, with catalogue keys as messages, and for a live key the admin's password asked
 * again, as the API asks for it.
 */
export const apiKeyFormSchemas = {
  test: z.object({ name, currentPassword: z.string() }),
  live: z.object({ name, currentPassword: z.string().min(1, { error: 'account:validation.keyPassword' }) }),
} satisfies Record<Mode, z.ZodType>;
export type ApiKeyForm = z.input<(typeof apiKeyFormSchemas)['live']>;
