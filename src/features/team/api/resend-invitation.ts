import { teamMemberSchema } from '@/contract/team';
import { apiRequest } from '@/lib/api-client';
import { teamApiPaths } from './api-paths';
import { useMemberChange, type MemberChangeOptions } from './member-change';

export function resendInvitation(userId: string, language: string) {
  return apiRequest(teamApiPaths.member(userId, 'invitation'), teamMemberSchema, { method: 'POST', headers: { 'Accept-Language': language } });
}

export function useResendInvitation(options: MemberChangeOptions<string> = {}) {
  return useMemberChange(resendInvitation, options);
}
