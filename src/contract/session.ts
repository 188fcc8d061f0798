import { z } from 'zod';
import { securityCheckStates } from './account';
import { countries, currencies, limits, roles } from './common';

/** `POST /api/session`. */
export const credentialsSchema = z.object({
  // Loose on purpose: whether the address is an account's is for the sign-in itself to tell.
  email: z.string().trim().min(1).max(limits.emailLength).regex(/^[^\s@]+@[^\s@]+$/),
  password: z.string().min(1),
});
export type Credentials = z.infer<typeof credentialsSchema>;

/** A signed-in user, their merchant, and the bearer token every other call sends. */
export const sessionSchema = z.strictObject({
  token: z.string().min(1),
  user: z.strictObject({
    name: z.string(),
    email: z.string(),
    role: z.enum(roles),
  }),
  merchant: z.strictObject({
    id: z.string(),
    name: z.string(),
    country: z.enum(countries),
    currency: z.enum(currencies),
    securityCheck: z.enum(securityCheckStates).meta({ description: 'Live data and live API keys are there once the security check has `passed`; until then only test data is.' }),
  }),
});
export type Session = z.infer<typeof sessionSchema>;
