import { teamMemberSchema } from '@/contract/team';
import { apiRequest } from '@/lib/api-client';
import { teamApiPaths } from './api-paths';
import { useMemberChange, type MemberChangeOptions } from './member-change';

/** One who never accepted their invitation is invited again, in `language`. */
export function reactivateMember(userId: string, language: string) {
  return apiRequest(teamApiPaths.member(userId, 'reactivate'), teamMemberSchema, { method: 'POST', headers: { 'Accept-Language': language } });
}

export function useReactivateMember(options: MemberChangeOptions<string> = {}) {
  return useMemberChange(reactivateMember, options);
}
