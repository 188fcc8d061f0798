import { z } from 'zod';
import { accountLimits } from '@/contract/account';

/** A new key's name, with catalogue keys as messages. */
export const apiKeyFormSchema = z.object({
  name: z.string().trim().min(1, { error: 'account:validation.keyName' }).max(accountLimits.keyNameLength, { error: 'account:validation.tooLong.keyName' }),
});
export type ApiKeyForm = z.input<typeof apiKeyFormSchema>;
