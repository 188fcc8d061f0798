import { Button, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamMember } from '@/contract/team';
import { PageHeader } from '@/components/page-header';
import { ErrorState, LoadingState } from '@/components/query-states';
import { useTeam } from '../api/get-team';
import { useReactivateMember } from '../api/reactivate-member';
import { useResendInvitation } from '../api/resend-invitation';
import { displayName } from '../lib/member';
import { teamErrorMessage } from '../lib/team-errors';
import { useFocusMemberAfterChange } from '../lib/use-focus-member';
import { DeactivateDialog } from './deactivate-dialog';
import { InvitationSent } from './invitation-sent';
import { InviteDialog } from './invite-dialog';
import type { MemberAction } from './member-actions';
import { RoleDialog } from './role-dialog';
import { TeamTable } from './team-table';

type Props = {
  /** The signed-in admin, who may change anyone but themself. */
  currentEmail: string;
  merchantName: string;
  /** In the demo build, where the messages it would have e-mailed are listed. */
  outboxPath?: string;
};

type Opened = { dialog: 'invite' } | { dialog: 'role' | 'deactivate'; member: TeamMember };

/** The merchant's users, for an admin to invite, change and deactivate. */
export function TeamPage({ currentEmail, merchantName, outboxPath }: Props) {
  const { t } = useTranslation('team');
  const team = useTeam();
  // A dialog stays mounted once closed, so that focus goes back to the button that opened it.
  const [opened, setOpened] = useState<(Opened & { opening: number }) | null>(null);
  const [visible, setVisible] = useState(false);
  const [sent, setSent] = useState<TeamMember | null>(null);
  // The button pressed goes with the member's state: the focus moves to what their row offers now.
  const { list, focusAfter } = useFocusMemberAfterChange(team.data?.items);
  const refused = (error: unknown) => notifications.show({ color: 'red', message: teamErrorMessage(error, t) });
  const reactivate = useReactivateMember({
    onSuccess: (member) => {
      focusAfter(member);
      if (member.state === 'invited') setSent(member);
      notifications.show({ color: 'green', message: t(member.state === 'invited' ? 'reinvited' : 'reactivated', { name: displayName(member) }) });
    },
    onError: refused,
  });
  const resend = useResendInvitation({
    onSuccess: (member) => {
      setSent(member);
      notifications.show({ color: 'green', message: t('resent', { email: member.email }) });
    },
    onError: refused,
  });

  const open = (next: Opened) => {
    setOpened((last) => ({ ...next, opening: (last?.opening ?? 0) + 1 }));
    setVisible(true);
  };
  const act = (memberId: string, action: MemberAction) => {
    const member = team.data?.items.find((item) => item.id === memberId);
    if (!member) return;
    if (action === 'reactivate') reactivate.mutate(member.id);
    else if (action === 'resend') resend.mutate(member.id);
    else open({ dialog: action, member });
  };
  const close = () => setVisible(false);
  const pendingId = reactivate.isPending ? reactivate.variables : resend.isPending ? resend.variables : null;

  return (
    <Stack gap="md">
      <PageHeader
        title={t('page.title')}
        subtitle={t('page.subtitle', { merchant: merchantName })}
        actions={
          <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={() => open({ dialog: 'invite' })}>
            {t('page.invite')}
          </Button>
        }
      />
      {sent && <InvitationSent key={`${sent.id}-${sent.invitation?.expiresAt}`} member={sent} outboxPath={outboxPath} onDismiss={() => setSent(null)} />}
      {team.isPending ? (
        <LoadingState label={t('table.loading')} />
      ) : team.isError ? (
        <ErrorState error={team.error} onRetry={() => void team.refetch()} />
      ) : (
        <div ref={list}>
          <TeamTable team={team.data} currentEmail={currentEmail} pendingId={pendingId ?? null} onAction={act} />
        </div>
      )}
      {opened?.dialog === 'invite' && <InviteDialog key={opened.opening} opened={visible} onClose={close} onInvited={setSent} />}
      {opened?.dialog === 'role' && <RoleDialog key={opened.opening} member={opened.member} opened={visible} onClose={close} />}
      {opened?.dialog === 'deactivate' && (
        <DeactivateDialog key={opened.opening} member={opened.member} opened={visible} onClose={close} onDeactivated={focusAfter} />
      )}
    </Stack>
  );
}
