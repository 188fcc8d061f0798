import { Button, Group, Menu, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBookmark, IconBookmarkPlus, IconSettings } from '@tabler/icons-react';
import { lazy, Suspense, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useReturnFocus } from '@/components/use-return-focus';
import { useCurrentUserKey } from '@/lib/current-user';
import { searchOfView, useSavedViews, type SavedView } from '../lib/saved-views';
import { useColumnLayout } from '../lib/use-column-layout';
import type { OrderListParams } from '../lib/list-params';
import { orderPaths } from '../paths';

// The name form, and the form library with it, load when the menu opens, not with the list.
const loadViewNameForm = () => import('./view-name-form');
const ViewNameForm = lazy(() => loadViewNameForm().then(({ ViewNameForm }) => ({ default: ViewNameForm })));

/** A view's row in the manage dialog: renamed in place, or deleted. */
function ManagedView({ view, others, onRename, onDelete }: { view: SavedView; others: string[]; onRename: (name: string) => void; onDelete: () => void }) {
  const { t } = useTranslation('orders');
  const [renaming, setRenaming] = useState(false);
  if (renaming) {
    return (
      <Suspense fallback={null}>
        <ViewNameForm
          names={others}
          initial={view.name}
          submitLabel={t('savedViews.rename')}
          onSubmit={(name) => {
            onRename(name);
            setRenaming(false);
          }}
        />
      </Suspense>
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

/** The user's own views of the list: open one, save the current filters, sort and columns as one, rename or delete them. */
export function SavedViewsMenu({ params }: { params: OrderListParams }) {
  const { t } = useTranslation('orders');
  const owner = useCurrentUserKey();
  const { views, save, rename, remove, open } = useSavedViews(owner);
  const [columns] = useColumnLayout(owner);
  const [saving, savingDialog] = useDisclosure();
  const [managing, managingDialog] = useDisclosure();
  const current = searchOfView(params);
  const names = views.map((view) => view.name);
  // The menu item that opened a dialog is gone with the menu: focus goes back to the menu's button.
  const menuButton = useRef<HTMLButtonElement>(null);
  useReturnFocus(saving, menuButton);
  useReturnFocus(managing, menuButton);
  return (
    <>
      <Menu position="bottom-start" withinPortal onOpen={() => void loadViewNameForm()}>
        <Menu.Target>
          <Button ref={menuButton} size="xs" radius="xl" variant="default" leftSection={<IconBookmark size={14} aria-hidden />}>
            {t('savedViews.menu', { count: views.length })}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {views.length === 0 && <Menu.Label>{t('savedViews.none')}</Menu.Label>}
          {views.map((view) => (
            <Menu.Item key={view.id} component={Link} to={orderPaths.list(new URLSearchParams(view.search))} aria-current={view.search === current ? 'true' : undefined} onClick={() => open(view)}>
              {view.name}
            </Menu.Item>
          ))}
          <Menu.Divider />
          <Menu.Item leftSection={<IconBookmarkPlus size={14} aria-hidden />} onClick={savingDialog.open}>
            {t('savedViews.save')}
          </Menu.Item>
          {views.length > 0 && (
            <Menu.Item leftSection={<IconSettings size={14} aria-hidden />} onClick={managingDialog.open}>
              {t('savedViews.manage')}
            </Menu.Item>
          )}
        </Menu.Dropdown>
      </Menu>
      <Modal opened={saving} onClose={savingDialog.close} returnFocus={false} title={t('savedViews.saveTitle')} closeButtonProps={{ 'aria-label': t('savedViews.closeSave') }}>
        <Stack>
          <Text size="sm">{t('savedViews.saveExplain')}</Text>
          <Suspense fallback={null}>
            <ViewNameForm
              names={names}
              initial=""
              submitLabel={t('savedViews.saveButton')}
              onSubmit={(name) => {
                save(name, current, columns);
                savingDialog.close();
              }}
            />
          </Suspense>
        </Stack>
      </Modal>
      <Modal opened={managing} onClose={managingDialog.close} returnFocus={false} title={t('savedViews.manageTitle')} closeButtonProps={{ 'aria-label': t('savedViews.closeManage') }}>
        <Stack>
          {views.map((view) => (
            <ManagedView
              key={view.id}
              view={view}
              others={names.filter((name) => name !== view.name)}
              onRename={(name) => rename(view.id, name)}
              onDelete={() => remove(view.id)}
            />
          ))}
          {views.length === 0 && <Text size="sm">{t('savedViews.none')}</Text>}
        </Stack>
      </Modal>
    </>
  );
}
