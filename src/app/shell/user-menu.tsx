import { Avatar, Menu, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLogout, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSignOut, type Session } from '@/features/auth';
import { useResetDemoData } from '@/features/demo';
import { env } from '@/lib/env';

export function UserMenu({ session }: { session: Session }) {
  const { t } = useTranslation('shell');
  const navigate = useNavigate();
  const signOut = useSignOut({ onSettled: () => void navigate('/sign-in', { replace: true }) });
  const reset = useResetDemoData({
    onSuccess: () => notifications.show({ color: 'green', message: t('user.resetDone') }),
    onError: () => notifications.show({ color: 'red', message: t('user.resetFailed') }),
  });
  const initials = session.user.name
    .split(' ')
    .map((part) => part[0])
    .join('')
    .slice(0, 2);

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('user.menu', { name: session.user.name })}>
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
        {env.mocksEnabled && (
          <Menu.Item leftSection={<IconRefresh size={16} aria-hidden />} onClick={() => reset.mutate()}>
            {t('user.reset')}
          </Menu.Item>
        )}
        <Menu.Item leftSection={<IconLogout size={16} aria-hidden />} onClick={() => signOut.mutate()}>
          {t('user.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
