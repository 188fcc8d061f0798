import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useReturnFocus } from '@/components/use-return-focus';

type Props = {
  opened: boolean;
  onClose: () => void;
  title: string;
  /** The sentence of a failed attempt, shown above the form that keeps what the user entered. */
  error?: string | null;
  confirmLabel: string;
  confirmColor?: string;
  pending: boolean;
  onSubmit: () => void;
  children: ReactNode;
};

/**
 * The frame of every action on an order: says what will happen, asks to confirm, and on failure
 * stays open with the user's entries. Focus moves into it and back to the button that opened it.
 */
export function ActionDialog({ opened, onClose, title, error, confirmLabel, confirmColor, pending, onSubmit, children }: Props) {
  const { t } = useTranslation('orders');
  useReturnFocus(opened);
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg" returnFocus={false} closeButtonProps={{ 'aria-label': t('actions.close') }}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        <Stack gap="md">
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          {children}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.back')}
            </Button>
            <Button type="submit" color={confirmColor} loading={pending}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
