import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DemoStorage } from '@/contract/demo';
import { useDiscardSetAside } from '../api/discard-set-aside';
import { useDemoStorage } from '../api/get-storage';
import { setAsideFile } from '../lib/set-aside-file';

type Props = {
  /** Whether the user may discard what was set aside (admins). */
  canDiscard: boolean;
  /** Hands a file to the browser's save dialog. */
  onSave: (file: { blob: Blob; filename: string }) => void;
};

/** Says when stored changes could not be read back: they were set aside, and the rest works. */
export function StorageBanner({ canDiscard, onSave }: Props) {
  const setAside = useDemoStorage().data?.setAside ?? [];
  if (setAside.length === 0) return null;
  return <SetAside setAside={setAside} canDiscard={canDiscard} onSave={onSave} />;
}

function SetAside({ setAside, canDiscard, onSave }: Props & { setAside: DemoStorage['setAside'] }) {
  const { t } = useTranslation('demo');
  const discard = useDiscardSetAside();
  return (
    <Alert color="orange" icon={<IconAlertTriangle size={18} aria-hidden />} title={t('setAside.title', { count: setAside.length })}>
      <Stack gap="sm">
        <Text size="sm">{t('setAside.body')}</Text>
        {discard.isError && (
          <Text size="sm" c="red" role="alert">
            {t('setAside.discardFailed')}
          </Text>
        )}
        <Group gap="sm">
          <Button size="xs" variant="default" onClick={() => onSave(setAsideFile(setAside))}>
            {t('setAside.download')}
          </Button>
          {canDiscard && (
            <Button size="xs" variant="default" loading={discard.isPending} onClick={() => discard.mutate()}>
              {t('setAside.discard')}
            </Button>
          )}
        </Group>
      </Stack>
    </Alert>
  );
}
