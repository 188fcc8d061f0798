import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedView } from '../lib/saved-views';
import { ViewNameForm } from './view-name-form';

// The saved-views menu loads these when it first opens: the list itself needs neither the dialogs
// nor the form library.

/** A view's row in the manage dialog: renamed in place, or deleted. */
function ManagedView({ view, others, onRename, onDelete }: { view: SavedView; others: string[]; onRename: (name: string) => boolean; onDelete: () => void }) {
  const { t } = useTranslation('orders');
  const [renaming, setRenaming] = useState(false);
  if (renaming) {
    return (
      <ViewNameForm
        names={others}
        initial={view.name}
        submitLabel={t('savedViews.rename')}
        onSubmit={(name) => {
          // Not kept: the new name stays in its field, beside the notice saying why.
          if (onRename(name)) setRenaming(false);
        }}
      />
    );
  }
  return (
    <Group justify="space-between" wrap="nowrap">
      <Text>{view.name}</Text>
      <Group gap="xs" wrap="nowrap">
        <Button size="xs" variant="light" onClick={() => setRenaming(true)} aria-label={t('savedViews.renameLabel', { name: view.name })}>
          {t('savedViews.rename')}
        </Button>
        <Button size="xs" variant="light" color="red" onClick={onDelete} aria-label={t('savedViews.deleteLabel', { name: view.name })}>
          {t('savedViews.delete')}
        </Button>
      </Group>
    </Group>
  );
}

type SaveProps = { opened: boolean; onClose: () => void; names: string[]; onSave: (name: string) => void };

export function SaveViewDialog({ opened, onClose, names, onSave }: SaveProps) {
  const { t } = useTranslation('orders');
  return (
    <Modal opened={opened} onClose={onClose} returnFocus={false} title={t('savedViews.saveTitle')} closeButtonProps={{ 'aria-label': t('savedViews.closeSave') }}>
      <Stack>
        <Text size="sm">{t('savedViews.saveExplain')}</Text>
        <ViewNameForm names={names} initial="" submitLabel={t('savedViews.saveButton')} onSubmit={onSave} />
      </Stack>
    </Modal>
  );
}

type ManageProps = { opened: boolean; onClose: () => void; views: SavedView[]; onRename: (id: string, name: string) => boolean; onDelete: (id: string) => void };

export function ManageViewsDialog({ opened, onClose, views, onRename, onDelete }: ManageProps) {
  const { t } = useTranslation('orders');
  const names = views.map((view) => view.name);
  return (
    <Modal opened={opened} onClose={onClose} returnFocus={false} title={t('savedViews.manageTitle')} closeButtonProps={{ 'aria-label': t('savedViews.closeManage') }}>
      <Stack>
        {views.map((view) => (
          <ManagedView
            key={view.id}
            view={view}
            others={names.filter((name) => name !== view.name)}
            onRename={(name) => onRename(view.id, name)}
            onDelete={() => onDelete(view.id)}
          />
        ))}
        {views.length === 0 && <Text size="sm">{t('savedViews.none')}</Text>}
      </Stack>
    </Modal>
  );
}
