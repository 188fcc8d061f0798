import { z } from 'zod';

// The embedded backend's own housekeeping: where the demo data is kept and what of it could not be read.

export const setAsideChangeSchema = z.strictObject({
  key: z.string().meta({ description: 'Where the value is kept: a journal position, or `seed`.' }),
  value: z.unknown().meta({ description: 'The stored value, exactly as it was found.' }),
});

export const demoStorageSchema = z.strictObject({
  kept: z.enum(['browser', 'file', 'memory']).meta({ description: '`memory` when the browser gives the demo no storage: changes end with the tab.' }),
  setAside: z.array(setAsideChangeSchema).meta({ description: 'Stored changes that could not be read: left out of the data, never applied.' }),
});
export type DemoStorage = z.infer<typeof demoStorageSchema>;
