import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconKey, IconLock } from '@tabler/icons-react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiKey } from '@/contract/account';
import type { Mode } from '@/contract/common';
import { CreateKeyDialog } from './create-key-dialog';
import { ApiKeysTable } from './api-keys-table';
import { RevokeKeyDialog } from './revoke-key-dialog';

type Props = { mode: Mode; keys: readonly ApiKey[]; open: boolean };

/** The keys of one data world; live ones only once the world is open. */
export function ApiKeysSection({ mode, keys, open }: Props) {
  const { t } = useTranslation('account');
  const titleId = useId();
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const title = t(`keys.title.${mode}`);

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id={titleId} ref={titleRef} tabIndex={-1}>
            {title}
          </Title>
          {open && (
            <Button leftSection={<IconKey size={16} aria-hidden />} onClick={() => setCreating(true)}>
              {t(`keys.create.open.${mode}`)}
            </Button>
          )}
        </Group>
        {!open ? (
          <Group gap="xs" wrap="nowrap">
            <IconLock size={18} aria-hidden />
            <Text size="sm">{t('keys.liveLocked')}</Text>
          </Group>
        ) : keys.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t(`keys.empty.${mode}`)}
          </Text>
        ) : (
          <ApiKeysTable keys={keys} caption={title} onRevoke={setRevoking} />
        )}
      </Stack>
      <CreateKeyDialog mode={mode} opened={creating} onClose={() => setCreating(false)} />
      <RevokeKeyDialog apiKey={revoking} onClose={() => setRevoking(null)} afterRevokeFocus={titleRef} />
    </Paper>
  );
}
