import { Alert, Anchor, Button, CopyButton, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TeamMember } from '@/contract/team';
import { useFormat } from '@/lib/format';
import { useOutbox } from '../api/get-outbox';

type Props = {
  member: TeamMember;
  /** In the demo build, where the message is kept: the link is shown here too. */
  outboxPath?: string;
  onDismiss: () => void;
};

/** Says that an invitation left; the demo, which sends no e-mail, shows its link. */
export function InvitationSent({ member, outboxPath, onDismiss }: Props) {
  const { t } = useTranslation('team');
  const format = useFormat();
  const outbox = useOutbox({ enabled: Boolean(outboxPath) });
  const message = outbox.data?.items.find((item) => item.kind === 'invitation' && item.to === member.email);
  const address = message && new URL(message.link, window.location.origin).href;

  return (
    <Alert color="green" title={t('sent.title', { email: member.email })} role="status" withCloseButton closeButtonLabel={t('sent.dismiss')} onClose={onDismiss}>
      <Stack gap="xs" align="flex-start">
        {member.invitation && <Text size="sm">{t('sent.valid', { date: format.dateTime(member.invitation.expiresAt) })}</Text>}
        {outboxPath && message && address && (
          <>
            <Text size="sm">{t('sent.demo')}</Text>
            <Anchor component={Link} to={message.link} size="sm" style={{ wordBreak: 'break-all' }}>
              {address}
            </Anchor>
            <Group gap="xs">
              <CopyButton value={address}>
                {({ copied, copy }) => (
                  <Button size="compact-sm" variant="light" onClick={copy}>
                    {copied ? t('sent.copied') : t('sent.copy')}
                  </Button>
                )}
              </CopyButton>
              <Anchor component={Link} to={outboxPath} size="sm">
                {t('sent.openOutbox')}
              </Anchor>
            </Group>
          </>
        )}
      </Stack>
    </Alert>
  );
}
