import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconDatabaseOff } from '@tabler/icons-react';
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

/**
 * Says when the demo data is not what the browser keeps: stored changes that could not be read
 * back were set aside (the rest works), or the browser keeps nothing of this tab's changes.
 */
export function StorageBanner({ canDiscard, onSave }: Props) {
  const storage = useDemoStorage().data;
  if (!storage) return null;
  return (
    <>
      {storage.notKeptBecause && <NotKept because={storage.notKeptBecause} />}
      {storage.setAside.length > 0 && <SetAside setAside={storage.setAside} canDiscard={canDiscard} onSave={onSave} />}
    </>
  );
}

function NotKept({ because }: { because: NonNullable<DemoStorage['notKeptBecause']> }) {
  const { t } = useTranslation('demo');
  return (
    <Alert color="yellow" icon={<IconDatabaseOff size={18} aria-hidden />} title={t('notKept.title')}>
      {t(`notKept.${because}`)}
    </Alert>
  );
}

function SetAside({ setAside, canDiscard, onSave }: Props & { setAside: DemoStorage['setAside'] }) {
  const { t } = useTranslation('demo');
  const discard = useDiscardSetAside();
  return (
    <Alert color="orange" icon={<IconAlertTriangle size={18} aria-hidden />} title={t('setAside.title', { count: setAside.length })}>
      <Stack gap="sm">
        <Text size="sm">{t('setAside.body')}</Text>
        {discard.isError && (
          <Text size="sm" c="var(--mantine-color-error)" role="alert">
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
