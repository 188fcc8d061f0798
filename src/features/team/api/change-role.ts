import type { Role } from '@/contract/common';
import { teamMemberSchema } from '@/contract/team';
import { apiRequest } from '@/lib/api-client';
import { teamApiPaths } from './api-paths';
import { useMemberChange, type MemberChangeOptions } from './member-change';

export type ChangeRoleInput = { userId: string; role: Role };

export function changeRole({ userId, role }: ChangeRoleInput) {
  return apiRequest(teamApiPaths.member(userId, 'role'), teamMemberSchema, { method: 'POST', body: { role } });
}

export function useChangeRole(options: MemberChangeOptions<ChangeRoleInput> = {}) {
  return useMemberChange(changeRole, options);
}
