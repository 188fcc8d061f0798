import { useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Team, TeamMember } from '@/contract/team';
import type { ApiError } from '@/lib/api-error';
import { teamKeys } from './query-keys';
import { useMutationOnce } from '@/lib/use-mutation-once';

export type MemberChangeOptions<Input> = Omit<UseMutationOptions<TeamMember, ApiError, Input>, 'mutationFn'>;

/**
 * A change to one member: the list and the outbox (a change may send an invitation) are fetched
 * again, whatever the answer, since a refusal means the list on screen is out of date. The
 * messages sent are written in the language the admin reads the app in.
 */
export function useMemberChange<Input>(send: (input: Input, language: string) => Promise<TeamMember>, { onSuccess, ...options }: MemberChangeOptions<Input>) {
  const queryClient = useQueryClient();
  const { i18n } = useTranslation();
  return useMutationOnce<TeamMember, ApiError, Input>({
    ...options,
    mutationFn: (input) => send(input, i18n.language),
    onSuccess: (member, ...rest) => {
      queryClient.setQueryData<Team>(teamKeys.members(), (team) => {
        if (!team) return team;
        const known = team.items.some((item) => item.id === member.id);
        return { items: known ? team.items.map((item) => (item.id === member.id ? member : item)) : [...team.items, member] };
      });
      return onSuccess?.(member, ...rest);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: teamKeys.all }),
  });
}
