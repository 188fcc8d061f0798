import { z } from 'zod';
import type { TicketForm } from '../api/ticket-form';
import { readStored, writeStored } from '@/lib/stored-json';

const draftSchema = z.object({
  values: z.object({
    firstName: z.string(),
    lastName: z.string(),
    merchantId: z.string(),
    email: z.string(),
    topic: z.string().optional(),
    orderReference: z.string(),
    customerId: z.string(),
    message: z.string(),
    wishedDueDate: z.string(),
    // Drafts kept before the missing-payment topic have none of its fields.
    paymentDate: z.string().default(''),
    paidAmount: z.string().default(''),
    shopperBankReference: z.string().default(''),
  }),
  /** Kept with the draft: if a send reached the server but its answer was lost, the retry files nothing new. */
  idempotencyKey: z.string(),
  /** The visit (history entry) it was written in: a reload is the same visit, a new link to the form another. */
  visit: z.string().optional(),
});
export type Draft = { values: TicketForm; idempotencyKey: string; visit?: string };

const keyFor = (userEmail: string) => `comptoir.support-draft.${userEmail.toLowerCase()}`;

/**
 * A draft per user on this device: it survives a reload, a failed send and signing out and in
 * again, and goes once the message is sent.
 */
export const draftStorage = {
  load(userEmail: string): Draft | null {
    return readStored(localStorage, keyFor(userEmail), draftSchema) as Draft | null;
  },
  // A full or refused storage loses the draft only, never the message being typed.
  save(userEmail: string, draft: Draft) {
    writeStored(localStorage, keyFor(userEmail), draft);
  },
  clear(userEmail: string) {
    writeStored(localStorage, keyFor(userEmail), null);
  },
};
