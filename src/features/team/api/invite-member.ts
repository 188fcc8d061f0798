import { z } from 'zod';
import { limits, roles } from '@/contract/common';
import { teamMemberSchema, type InvitationBody } from '@/contract/team';
import { apiRequest } from '@/lib/api-client';
import { teamApiPaths } from './api-paths';
import { useMemberChange, type MemberChangeOptions } from './member-change';

export const inviteFormSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, { error: 'team:validation.emailRequired' })
    .pipe(z.email({ error: 'team:validation.email' }).max(limits.emailLength, { error: 'team:validation.email' })),
  role: z.enum(roles, { error: 'team:validation.role' }),
}) satisfies z.ZodType<InvitationBody>;
export type InviteForm = z.infer<typeof inviteFormSchema>;

export function inviteMember(body: InvitationBody, language: string) {
  return apiRequest(teamApiPaths.invitations(), teamMemberSchema, { method: 'POST', body, headers: { 'Accept-Language': language } });
}

export function useInviteMember(options: MemberChangeOptions<InvitationBody> = {}) {
  return useMemberChange(inviteMember, options);
}
