import { Anchor, Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ActivityItem } from '@/contract/activity';
import { setDataMode } from '@/lib/data-mode';
import type { SubjectLink } from '../lib/use-activity-text';

// What a line of the log shows, alike in a cell of the table and on a card.

/** Who made the change, and their address when it is not their name; the provider has neither. */
export function ActivityWho({ actor }: Pick<ActivityItem, 'actor'>) {
  const { t } = useTranslation('activity');
  return (
    <>
      <Text size="sm">{actor?.name ?? t('table.provider')}</Text>
      {actor && actor.name !== actor.email && (
        <Text size="xs" c="dimmed">
          {actor.email}
        </Text>
      )}
    </>
  );
}

/** The order or ticket changed, as a link that opens it in its world; anything else as text. */
export function ActivitySubject({ subject, link }: { subject: string | null; link: SubjectLink | null }) {
  if (link) {
    return (
      <Anchor component={Link} to={link.to} onClick={() => setDataMode(link.mode)} size="sm">
        {link.label}
      </Anchor>
    );
  }
  return <Text size="sm">{subject}</Text>;
}

/** The data world of the change, or a dash for the team, the account and sign-ins. */
export function ActivityWorld({ mode }: Pick<ActivityItem, 'mode'>) {
  const { t } = useTranslation('activity');
  if (!mode) {
    return (
      <Text size="sm" c="dimmed">
        {t('worlds.none')}
      </Text>
    );
  }
  return (
    <Badge variant="light" color={mode === 'live' ? 'green' : 'orange'}>
      {t(`worlds.${mode}`)}
    </Badge>
  );
}
