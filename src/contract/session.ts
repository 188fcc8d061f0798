import { z } from 'zod';
import { securityCheckStates } from './account';
import { countries, currencies, isoDateTime, limits, roles } from './common';

// Loose on purpose: whether the address is an account's is for the sign-in itself to tell.
const accountEmail = z.string().trim().min(1).max(limits.emailLength).regex(/^[^\s@]+@[^\s@]+$/);

/** `POST /api/session`. */
export const credentialsSchema = z.object({
  email: accountEmail,
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

/** A password chosen from now on: at an invitation, a reset or a change. */
export const newPasswordSchema = z
  .string()
  .min(limits.passwordMinLength)
  .max(limits.passwordMaxLength)
  .meta({
    description: `${limits.passwordMinLength} to ${limits.passwordMaxLength} characters; not one of the most common passwords, not holding the account's e-mail address or the name before its @ (of ${limits.passwordHeldNameMinLength} characters or more), and on a change not the current one. A refusal is a 422 whose \`passwordRefusal\` names the rule.`,
  });

/** `POST /api/session/password`: the signed-in user's own password. */
export const passwordChangeBodySchema = z.object({
  currentPassword: z.string().min(1),
  newPassword: newPasswordSchema,
});
export type PasswordChangeBody = z.infer<typeof passwordChangeBodySchema>;

/** `POST /api/password-resets`: a link to set a new password, sent to the address if it is an account's. */
export const passwordResetRequestSchema = z.object({ email: accountEmail });
export type PasswordResetRequest = z.infer<typeof passwordResetRequestSchema>;

/** `GET /api/password-resets/{token}`: whose password the link resets, and until when it works. */
export const passwordResetSchema = z.strictObject({ email: z.string(), expiresAt: isoDateTime });
export type PasswordReset = z.infer<typeof passwordResetSchema>;

/** `POST /api/password-resets/{token}/complete`. */
export const passwordResetBodySchema = z.object({ password: newPasswordSchema });
export type PasswordResetBody = z.infer<typeof passwordResetBodySchema>;

/** How long a password reset link works. */
export const passwordResetMinutes = 60;

/** Failed sign-ins for one address within `windowMinutes` that lock it for `lockMinutes`. */
export const signInLockout = { failures: 5, windowMinutes: 15, lockMinutes: 15 } as const;
