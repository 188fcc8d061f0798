import { Button, Menu } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBookmark, IconBookmarkPlus, IconSettings } from '@tabler/icons-react';
import { lazy, Suspense, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useReturnFocus } from '@/components/use-return-focus';
import { useCurrentUserKey } from '@/lib/current-user';
import { useEverTrue } from '@/lib/use-ever-true';
import { searchOfView, useSavedViews } from '../lib/saved-views';
import { useColumnLayout } from '../lib/use-column-layout';
import type { OrderListParams } from '../lib/list-params';
import { orderPaths } from '../paths';

// The dialogs, and the form library with them, load when the menu opens, not with the list.
const loadDialogs = () => import('./saved-view-dialogs');
const SaveViewDialog = lazy(() => loadDialogs().then(({ SaveViewDialog }) => ({ default: SaveViewDialog })));
const ManageViewsDialog = lazy(() => loadDialogs().then(({ ManageViewsDialog }) => ({ default: ManageViewsDialog })));

/** The user's own views of the list: open one, save the current filters, sort and columns as one, rename or delete them. */
export function SavedViewsMenu({ params }: { params: OrderListParams }) {
  const { t } = useTranslation('orders');
  const owner = useCurrentUserKey();
  const { views, save, rename, remove, open } = useSavedViews(owner);
  const [columns] = useColumnLayout(owner);
  const [saving, savingDialog] = useDisclosure();
  const [managing, managingDialog] = useDisclosure();
  const dialogsUsed = useEverTrue(saving || managing);
  const current = searchOfView(params);
  const names = views.map((view) => view.name);
  // The menu item that opened a dialog is gone with the menu: focus goes back to the menu's button.
  const menuButton = useRef<HTMLButtonElement>(null);
  useReturnFocus(saving, menuButton);
  useReturnFocus(managing, menuButton);
  return (
    <>
      <Menu position="bottom-start" withinPortal onOpen={() => void loadDialogs()}>
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
      {dialogsUsed && (
        <Suspense fallback={null}>
          <SaveViewDialog
            opened={saving}
            onClose={savingDialog.close}
            names={names}
            onSave={(name) => {
              // Not kept: the dialog stays with the name typed, beside the notice saying why.
              if (save(name, current, columns)) savingDialog.close();
            }}
          />
          <ManageViewsDialog opened={managing} onClose={managingDialog.close} views={views} onRename={rename} onDelete={remove} />
        </Suspense>
      )}
    </>
  );
}
