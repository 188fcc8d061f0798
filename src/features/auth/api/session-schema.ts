import { z } from 'zod';

export const sessionSchema = z.object({
  token: z.string().min(1),
  user: z.object({
    name: z.string(),
    email: z.string(),
    role: z.enum(['admin', 'finance', 'support']),
  }),
  merchant: z.object({
    id: z.string(),
    name: z.string(),
    country: z.string(),
    currency: z.string(),
  }),
});
export type Session = z.infer<typeof sessionSchema>;
