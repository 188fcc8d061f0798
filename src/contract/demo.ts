import { z } from 'zod';

// The embedded backend's own housekeeping: where the demo data is kept and what of it could not be read.

export const setAsideChangeSchema = z.strictObject({
  key: z.string().meta({ description: 'Where the value is kept: a journal position, or `seed`.' }),
  value: z.unknown().meta({ description: 'The stored value, exactly as it was found.' }),
});

export const demoStorageSchema = z.strictObject({
  kept: z.enum(['browser', 'file', 'memory']).meta({ description: 'Where the data is kept; `memory` ends with the backend (the tab, the test, the process).' }),
  notKeptBecause: z
    .enum(['unavailable', 'blocked'])
    .nullable()
    .meta({ description: 'Why the browser does not keep the data although it should: it gives the demo no storage, or another tab holds an older version of it.' }),
  setAside: z.array(setAsideChangeSchema).meta({ description: 'Stored changes that could not be read: left out of the data, never applied.' }),
});
export type DemoStorage = z.infer<typeof demoStorageSchema>;

export const outboxKinds = ['invitation', 'password-reset'] as const;
export type OutboxKind = (typeof outboxKinds)[number];

/** A message the demo backend would have sent by e-mail. */
export const outboxMessageSchema = z.strictObject({
  id: z.string(),
  kind: z.enum(outboxKinds),
  sentAt: z.iso.datetime({ offset: true }),
  to: z.string(),
  subject: z.string(),
  body: z.string().meta({ description: 'The text of the message, in the language the sender used; the link is in `link`.' }),
  link: z.string().meta({ description: "The address in the app the message leads to, under the app's own origin.", example: '/invitations/3f2a…' }),
});
export type OutboxMessage = z.infer<typeof outboxMessageSchema>;

export const outboxSchema = z.strictObject({ items: z.array(outboxMessageSchema) });
export type Outbox = z.infer<typeof outboxSchema>;
