import { z } from 'zod';
import { isoDateTime, limits, roles, typedText } from './common';
import { newPasswordSchema } from './session';

// The merchant's team: who may sign in, with which role. Only an admin manages it.

export const memberStates = ['invited', 'active', 'deactivated'] as const;
export type MemberState = (typeof memberStates)[number];

/** How long an invitation link works. */
export const invitationDays = 7;

export const teamMemberSchema = z.strictObject({
  id: z.string(),
  name: z.string().nullable().meta({ description: 'Null until the invitee accepts and gives it.' }),
  email: z.string(),
  role: z.enum(roles),
  state: z.enum(memberStates).meta({ description: '`invited` until the invitee sets a password; a `deactivated` user cannot sign in and their sessions have ended.' }),
  lastSignInAt: isoDateTime.nullable(),
  invitation: z
    .strictObject({ expiresAt: isoDateTime, expired: z.boolean() })
    .nullable()
    .meta({ description: "An invited user's pending link; null for anyone else." }),
});
export type TeamMember = z.infer<typeof teamMemberSchema>;

export const teamSchema = z.strictObject({ items: z.array(teamMemberSchema) });
export type Team = z.infer<typeof teamSchema>;

/** `POST /api/team/invitations`. */
export const invitationBodySchema = z.object({
  email: z.string().trim().toLowerCase().max(limits.emailLength).check(z.email()),
  role: z.enum(roles),
});
export type InvitationBody = z.infer<typeof invitationBodySchema>;

/** `POST /api/team/members/{userId}/role`. */
export const roleBodySchema = z.object({ role: z.enum(roles) });
export type RoleBody = z.infer<typeof roleBodySchema>;

/** `GET /api/invitations/{token}`: what the invitee is asked to join. */
export const invitationSchema = z.strictObject({
  email: z.string(),
  role: z.enum(roles),
  merchantName: z.string(),
  invitedBy: z.string(),
  expiresAt: isoDateTime,
});
export type Invitation = z.infer<typeof invitationSchema>;

/** `POST /api/invitations/{token}/accept`. */
export const invitationAcceptBodySchema = z.object({
  name: typedText(limits.nameLength),
  password: newPasswordSchema,
});
export type InvitationAcceptBody = z.infer<typeof invitationAcceptBodySchema>;

export const acceptedInvitationSchema = z.strictObject({ email: z.string().meta({ description: 'The address to sign in with.' }) });
export type AcceptedInvitation = z.infer<typeof acceptedInvitationSchema>;
