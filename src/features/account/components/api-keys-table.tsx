import { Badge, Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiKey } from '@/contract/account';
import { useFormat } from '@/lib/format';
import { shownKey } from '../lib/shown-key';

type Props = { keys: readonly ApiKey[]; caption: string; onRevoke: (key: ApiKey) => void };

/** One world's keys, newest first, each by how it starts and ends; revoked ones stay listed. */
export function ApiKeysTable({ keys, caption, onRevoke }: Props) {
  const { t } = useTranslation('account');
  const format = useFormat();
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
                {key.revokedAt ? (
                  <Text size="sm" c="dimmed">
                    {t('keys.revokedOn', { date: format.date(key.revokedAt) })}
                  </Text>
                ) : (
                  <Badge variant="light" color="green">
                    {t('keys.active')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td ta="right">
                {!key.revokedAt && (
                  <Button size="xs" variant="subtle" color="red" aria-label={t('keys.revokeNamed', { name: key.name, key: shownKey(key) })} onClick={() => onRevoke(key)}>
                    {t('keys.revoke.button')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
