import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { useRef, type ReactNode, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useReturnFocus } from '@/components/use-return-focus';
import type { OrderStatus } from '@/contract/orders';
import { useFocusFirstInvalid } from '@/lib/use-focus-first-invalid';
import { isActionOpen, type ActionId } from '@/contract/order-action-statuses';
import type { ChangedMeanwhile } from '../lib/use-seen-version';

type Props = {
  opened: boolean;
  onClose: () => void;
  /** Where the focus goes on closing, when set; else back to what opened the dialog. */
  returnFocusTo?: RefObject<HTMLElement | null>;
  title: string;
  /** The sentence of a failed attempt, shown above the form that keeps what the user entered. */
  error?: string | null;
  /**
   * The dialog's action and the fresh order's status: once the order has left the statuses the
   * action is open in, the dialog says so and confirming is off.
   */
  action: ActionId;
  status: OrderStatus;
  /** Another reason the fresh order gives not to confirm any more. */
  blocked?: string | null;
  /** The dialog's own action went through: the order it changed closes it, with nothing to say. */
  succeeded: boolean;
  /** That the order changed (another tab, another user) since the dialog showed it. */
  changedMeanwhile?: ChangedMeanwhile | null;
  confirmLabel: string;
  confirmColor?: string;
  pending: boolean;
  onSubmit: () => void;
  /** Set when the form opened with what the user typed earlier: the dialog says so, and this empties it. */
  onStartOver?: () => void;
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
  action,
  status,
  blocked: otherwiseBlocked = null,
  succeeded,
  changedMeanwhile = null,
  confirmLabel,
  confirmColor,
  pending,
  onSubmit,
  onStartOver,
  submitCount = 0,
  children,
}: Props) {
  const { t } = useTranslation('orders');
  useReturnFocus(opened, returnFocusTo);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(submitCount, formRef);
  const noLonger = isActionOpen(action, status) ? null : t('actions.noLonger', { status: t(`statusInSentence.${status}`) });
  // While its own action is under way, the fresh order that action made is no reason to stop: the
  // list and the order are read again before the answer closes the dialog.
  const blocked = succeeded || pending ? null : (noLonger ?? otherwiseBlocked);
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
          {/* An earlier amount or reason, back without a word, could be confirmed by mistake. */}
          {!blocked && onStartOver && (
            <Alert color="blue">
              <Group justify="space-between" gap="xs">
                {t('actions.draftRestored')}
                <Button
                  variant="subtle"
                  size="compact-sm"
                  onClick={() => {
                    // Rendered at once, so that the field the dialog opens on is there (a method changed back shows it again).
                    flushSync(onStartOver);
                    // The button goes with the notice: the focus goes where the dialog opens, else to the first field.
                    const form = formRef.current;
                    (form?.querySelector<HTMLElement>('[data-autofocus]') ?? form?.querySelector<HTMLElement>('input:not([type="hidden"]), textarea'))?.focus();
                  }}
                >
                  {t('actions.startOver')}
                </Button>
              </Group>
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
