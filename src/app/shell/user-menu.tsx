import { Avatar, Menu, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconKey, IconLogout, IconMail, IconRefresh, IconSettings, IconUsers } from '@tabler/icons-react';
import { lazy, Suspense, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { accountPaths } from '@/features/account/paths';
import type { Session } from '@/features/auth';
// The hook itself, not the feature's index: the index would bring every auth page into the entry chunk.
import { useSignOut } from '@/features/auth/api/delete-session';
import { authPaths } from '@/features/auth/paths';
import { teamPaths } from '@/features/team/paths';
import { env } from '@/lib/env';
import { can } from '@/lib/permissions';
import { useEverTrue } from '@/lib/use-ever-true';
import { ColorSchemeItems } from './color-scheme-items';

// The dialogs (the password one with its form library) load when first opened, not with every page.
const ResetDemoDialog = lazy(() => import('./reset-demo-dialog').then(({ ResetDemoDialog }) => ({ default: ResetDemoDialog })));
const ChangePasswordDialog = lazy(() => import('@/features/auth/components/change-password-dialog').then(({ ChangePasswordDialog }) => ({ default: ChangePasswordDialog })));

export function UserMenu({ session }: { session: Session }) {
  const { t } = useTranslation('shell');
  const navigate = useNavigate();
  const signOut = useSignOut({ onSettled: () => void navigate(authPaths.signIn(), { replace: true }) });
  const [confirmingReset, resetDialog] = useDisclosure();
  const [changingPassword, passwordDialog] = useDisclosure();
  // Once opened, a dialog stays mounted, so that it closes with its transition and gives the focus back.
  const passwordDialogUsed = useEverTrue(changingPassword);
  const resetDialogUsed = useEverTrue(confirmingReset);
  // The menu item that opens a dialog is gone once the menu closes; focus comes back here.
  const menuButton = useRef<HTMLButtonElement>(null);
  const mayReset = env.mocksEnabled && can(session.user.role, 'demo:reset');
  const initials = session.user.name
    .split(' ')
    .map((part) => part[0])
    .join('')
    .slice(0, 2);

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <UnstyledButton ref={menuButton} aria-label={t('user.menu', { initials, name: session.user.name })}>
            <Avatar color="indigo" radius="xl" size="md">
              {initials}
            </Avatar>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{session.user.name}</Menu.Label>
          <Menu.Label>{session.user.email}</Menu.Label>
          <Menu.Label>{t('user.role', { role: t(`roles.${session.user.role}`) })}</Menu.Label>
          <Menu.Divider />
          {can(session.user.role, 'account:read') && (
            <Menu.Item component={Link} to={accountPaths.billingDetails()} leftSection={<IconSettings size={16} aria-hidden />}>
              {t('user.settings')}
            </Menu.Item>
          )}
          {can(session.user.role, 'team:manage') && (
            <Menu.Item component={Link} to={teamPaths.team()} leftSection={<IconUsers size={16} aria-hidden />}>
              {t('user.team')}
            </Menu.Item>
          )}
          <Menu.Item leftSection={<IconKey size={16} aria-hidden />} onClick={passwordDialog.open}>
            {t('user.changePassword')}
          </Menu.Item>
          {env.mocksEnabled && (
            <Menu.Item component={Link} to={teamPaths.outbox()} leftSection={<IconMail size={16} aria-hidden />}>
              {t('user.outbox')}
            </Menu.Item>
          )}
          <ColorSchemeItems />
          <Menu.Divider />
          {mayReset && (
            <Menu.Item leftSection={<IconRefresh size={16} aria-hidden />} onClick={resetDialog.open}>
              {t('user.reset')}
            </Menu.Item>
          )}
          <Menu.Item leftSection={<IconLogout size={16} aria-hidden />} onClick={() => signOut.mutate()}>
            {t('user.signOut')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {passwordDialogUsed && (
        <Suspense fallback={null}>
          <ChangePasswordDialog opened={changingPassword} onClose={passwordDialog.close} returnTo={menuButton} />
        </Suspense>
      )}
      {mayReset && resetDialogUsed && (
        <Suspense fallback={null}>
          <ResetDemoDialog opened={confirmingReset} onClose={resetDialog.close} returnTo={menuButton} />
        </Suspense>
      )}
    </>
  );
}
