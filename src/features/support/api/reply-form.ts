import { z } from 'zod';
import { limits } from '@/contract/common';

/** The reply box's own check; the API repeats it. Messages are catalogue keys. */
export const replyFormSchema = z.object({
  body: z.string().trim().min(1, { error: 'support:validation.reply' }).max(limits.messageLength, { error: 'support:validation.messageTooLong' }),
});
export type ReplyForm = z.input<typeof replyFormSchema>;
