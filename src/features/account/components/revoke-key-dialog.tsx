import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useLayoutEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiKey } from '@/contract/account';
import { ErrorState } from '@/components/query-states';
import { useReturnFocus } from '@/components/use-return-focus';
import { useRevokeApiKey } from '../api/revoke-api-key';
import { shownKey } from '../lib/shown-key';

type Props = {
  apiKey: ApiKey | null;
  onClose: () => void;
  /** Where the focus goes once the key is revoked: its revoke button leaves the page with it. */
  afterRevokeFocus: RefObject<HTMLElement | null>;
};

/** Revoking is asked for, never done on one click: whatever uses the key stops working at once. */
export function RevokeKeyDialog({ apiKey, onClose, afterRevokeFocus }: Props) {
  const { t } = useTranslation('account');
  const opened = apiKey !== null;
  // Back gives the focus to the revoke button again; a revoke, to `afterRevokeFocus`.
  const returnTo = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    if (opened) returnTo.current = null;
  }, [opened]);
  useReturnFocus(opened, returnTo);
  const revoke = useRevokeApiKey({
    onSuccess: () => {
      returnTo.current = afterRevokeFocus.current;
      close();
    },
  });
  const close = () => {
    revoke.reset();
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={t('keys.revoke.title', { name: apiKey?.name })} returnFocus={false} closeButtonProps={{ 'aria-label': t('keys.revoke.close') }}>
      {apiKey && (
        <Stack gap="md">
          {revoke.isError && <ErrorState error={revoke.error} />}
          <Text>{t('keys.revoke.explain', { key: shownKey(apiKey) })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close} data-autofocus>
              {t('keys.revoke.cancel')}
            </Button>
            <Button color="red" loading={revoke.isPending} onClick={() => revoke.mutate(apiKey.id)}>
              {t('keys.revoke.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
