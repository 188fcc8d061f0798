import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useReturnFocus } from '@/components/use-return-focus';
import { useResetDemoData } from '@/features/demo';

type Props = { opened: boolean; onClose: () => void; returnTo: RefObject<HTMLElement | null> };

/** The reset undoes the whole team's changes to its merchant's data: it is asked for, never done on one click. */
export function ResetDemoDialog({ opened, onClose, returnTo }: Props) {
  const { t } = useTranslation('shell');
  useReturnFocus(opened, returnTo);
  const reset = useResetDemoData({
    onSuccess: () => {
      notifications.show({ color: 'green', message: t('user.resetDone') });
      close();
    },
  });
  const close = () => {
    reset.reset();
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={t('reset.title')} returnFocus={false} closeButtonProps={{ 'aria-label': t('reset.close') }}>
      <Stack gap="md">
        {reset.isError && (
          <Alert color="red" role="alert">
            {t('user.resetFailed')}
          </Alert>
        )}
        <Text>{t('reset.explain')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={close} data-autofocus>
            {t('reset.cancel')}
          </Button>
          <Button color="red" loading={reset.isPending} onClick={() => reset.mutate()}>
            {t('reset.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
