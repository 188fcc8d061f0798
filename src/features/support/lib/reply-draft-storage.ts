import { z } from 'zod';
import type { DataMode } from '@/lib/data-mode';
import { readStored, writeStored } from '@/lib/stored-json';

const replyDraftSchema = z.object({
  body: z.string(),
  /** Kept with the draft: if a send reached the server but its answer was lost, the retry adds nothing new. */
  idempotencyKey: z.string(),
});
export type ReplyDraft = z.infer<typeof replyDraftSchema>;

export type ReplyDraftOwner = { userEmail: string; mode: DataMode; ticketNumber: string };

// Each world numbers its tickets alike: the world is part of the key.
const keyFor = ({ userEmail, mode, ticketNumber }: ReplyDraftOwner) => `comptoir.support-reply.${userEmail.toLowerCase()}.${mode}.${ticketNumber}`;

/**
 * A reply being written, per user and ticket on this device: it survives a reload, a failed send
 * and signing out and in again, and goes once the reply is sent.
 */
export const replyDraftStorage = {
  load(owner: ReplyDraftOwner): ReplyDraft | null {
    return readStored(localStorage, keyFor(owner), replyDraftSchema);
  },
  // A full or refused storage loses the draft only, never the reply being typed.
  save(owner: ReplyDraftOwner, draft: ReplyDraft) {
    writeStored(localStorage, keyFor(owner), draft);
  },
  clear(owner: ReplyDraftOwner) {
    writeStored(localStorage, keyFor(owner), null);
  },
};
