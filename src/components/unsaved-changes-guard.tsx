import { Button, Group, Modal, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';

/**
 * While a form holds changes not saved yet, asks before the user leaves its page by a link or Back,
 * and lets the browser ask before the tab is closed or reloaded. A move within the page (its query)
 * is no leaving. `onLeave` hears that the user chose to leave them.
 */
export function UnsavedChangesGuard({ unsaved, onLeave }: { unsaved: boolean; onLeave?: () => void }) {
  const { t } = useTranslation();
  const blocker = useBlocker(({ currentLocation, nextLocation }) => unsaved && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (!unsaved) return;
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [unsaved]);
  const stay = () => blocker.reset?.();
  return (
    <Modal opened={blocker.state === 'blocked'} onClose={stay} title={t('unsaved.title')}>
      <Text size="sm">{t('unsaved.text')}</Text>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={stay} data-autofocus>
          {t('unsaved.stay')}
        </Button>
        <Button
          color="red"
          onClick={() => {
            onLeave?.();
            blocker.proceed?.();
          }}
        >
          {t('unsaved.leave')}
        </Button>
      </Group>
    </Modal>
  );
}
