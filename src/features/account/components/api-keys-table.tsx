import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CardList, CardListItem } from '@/components/card-list';
import type { ApiKey } from '@/contract/account';
import { useFormat } from '@/lib/format';
import { usePhone } from '@/lib/use-phone';
import { shownKey } from '../lib/shown-key';

type Props = { keys: readonly ApiKey[]; caption: string; onRevoke: (key: ApiKey) => void };

/** Active, or when it was revoked. */
function KeyState({ apiKey }: { apiKey: ApiKey }) {
  const { t } = useTranslation('account');
  const format = useFormat();
  return apiKey.revokedAt ? (
    <Text size="sm" c="dimmed">
      {t('keys.revokedOn', { date: format.date(apiKey.revokedAt) })}
    </Text>
  ) : (
    <Badge variant="light" color="green">
      {t('keys.active')}
    </Badge>
  );
}

/** Revokes a key still active; named for the key, as every row has one. */
function RevokeButton({ apiKey, onRevoke }: { apiKey: ApiKey; onRevoke: (key: ApiKey) => void }) {
  const { t } = useTranslation('account');
  if (apiKey.revokedAt) return null;
  return (
    <Button size="xs" variant="subtle" color="red" aria-label={t('keys.revokeNamed', { name: apiKey.name, key: shownKey(apiKey) })} onClick={() => onRevoke(apiKey)}>
      {t('keys.revoke.button')}
    </Button>
  );
}

/**
 * One world's keys, newest first, each by how it starts and ends; revoked ones stay listed. On a
 * phone, one card per key: the table put its state and its revoke button past the screen's edge.
 */
export function ApiKeysTable({ keys, caption, onRevoke }: Props) {
  const { t } = useTranslation('account');
  const format = useFormat();
  if (usePhone()) {
    return (
      <CardList label={caption}>
        {keys.map((key) => (
          <CardListItem key={key.id}>
            <Stack gap={6}>
              <Group justify="space-between" align="flex-start" gap="xs">
                <Text fw={500}>{key.name}</Text>
                <KeyState apiKey={key} />
              </Group>
              <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                {shownKey(key)}
              </Text>
              <Text size="xs" c="dimmed">
                {t('keys.createdBy', { date: format.date(key.createdAt), name: key.createdBy })}
              </Text>
              <Group>
                <RevokeButton apiKey={key} onRevoke={onRevoke} />
              </Group>
            </Stack>
          </CardListItem>
        ))}
      </CardList>
    );
  }
  return (
    <Table.ScrollContainer minWidth={720} type="native">
      <Table striped>
        <caption className="visually-hidden">{caption}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('keys.columns.name')}</Table.Th>
            <Table.Th>{t('keys.columns.key')}</Table.Th>
            <Table.Th>{t('keys.columns.created')}</Table.Th>
            <Table.Th>{t('keys.columns.status')}</Table.Th>
            <Table.Th>
              <span className="visually-hidden">{t('keys.columns.actions')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {keys.map((key) => (
            <Table.Tr key={key.id}>
              <Table.Td fw={500}>{key.name}</Table.Td>
              <Table.Td ff="monospace">{shownKey(key)}</Table.Td>
              <Table.Td>{t('keys.createdBy', { date: format.date(key.createdAt), name: key.createdBy })}</Table.Td>
              <Table.Td>
                <KeyState apiKey={key} />
              </Table.Td>
              <Table.Td ta="right">
                <RevokeButton apiKey={key} onRevoke={onRevoke} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
