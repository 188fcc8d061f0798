import { teamMemberSchema } from '@/contract/team';
import { apiRequest } from '@/lib/api-client';
import { teamApiPaths } from './api-paths';
import { useMemberChange, type MemberChangeOptions } from './member-change';

export function deactivateMember(userId: string) {
  return apiRequest(teamApiPaths.member(userId, 'deactivate'), teamMemberSchema, { method: 'POST' });
}

export function useDeactivateMember(options: MemberChangeOptions<string> = {}) {
  return useMemberChange(deactivateMember, options);
}
