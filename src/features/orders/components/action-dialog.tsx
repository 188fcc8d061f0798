import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { useRef, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useReturnFocus } from '@/components/use-return-focus';
import { useFocusFirstInvalid } from '@/lib/use-focus-first-invalid';
import type { ChangedMeanwhile } from '../lib/use-seen-version';

type Props = {
  opened: boolean;
  onClose: () => void;
  /** Where the focus goes on closing, when set; else back to what opened the dialog. */
  returnFocusTo?: RefObject<HTMLElement | null>;
  title: string;
  /** The sentence of a failed attempt, shown above the form that keeps what the user entered. */
  error?: string | null;
  /** Why the action cannot be confirmed any more (the fresh order moved on); confirming is then off. */
  blocked?: string | null;
  /** That the order changed (another tab, another user) since the dialog showed it. */
  changedMeanwhile?: ChangedMeanwhile | null;
  confirmLabel: string;
  confirmColor?: string;
  pending: boolean;
  onSubmit: () => void;
  /** How many times the form was submitted or the API refused it: after each refusal the first wrong field takes the focus. */
  submitCount?: number;
  children: ReactNode;
};

/**
 * The frame of every action on an order: says what will happen, asks to confirm, and on failure
 * stays open with the user's entries. Focus moves into it and back to the button that opened it.
 */
export function ActionDialog({
  opened,
  onClose,
  returnFocusTo,
  title,
  error,
  blocked,
  changedMeanwhile = null,
  confirmLabel,
  confirmColor,
  pending,
  onSubmit,
  submitCount = 0,
  children,
}: Props) {
  const { t } = useTranslation('orders');
  useReturnFocus(opened, returnFocusTo);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(submitCount, formRef);
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg" returnFocus={false} closeButtonProps={{ 'aria-label': t('actions.close') }}>
      <form
        ref={formRef}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!blocked) onSubmit();
        }}
      >
        <Stack gap="md">
          {blocked ? (
            <Alert color="orange" role="alert">
              {blocked}
            </Alert>
          ) : (
            error && (
              <Alert color="red" role="alert">
                {error}
              </Alert>
            )
          )}
          {/* Beside an earlier attempt's error too. Confirming still meets the API's refusal of a
              stale version, which asks for a second look. */}
          {!blocked && changedMeanwhile && (
            <Alert color="yellow" role="alert">
              {changedMeanwhile.status
                ? t('actions.changedMeanwhileTo', { status: t(`statusInSentence.${changedMeanwhile.status}`) })
                : t('actions.changedMeanwhile')}
            </Alert>
          )}
          {/* What confirming would do is no promise any more once the action is blocked. */}
          {!blocked && children}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.back')}
            </Button>
            <Button type="submit" color={confirmColor} loading={pending} disabled={Boolean(blocked)}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
