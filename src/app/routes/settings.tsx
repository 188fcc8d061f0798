import { Grid, NavLink, Text } from '@mantine/core';
import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';
import type { SecurityCheck } from '@/contract/account';
import { BillingDetailsPage, CredentialsPage, PayoutAccountPage } from '@/features/account';
import { accountPaths } from '@/features/account/paths';
import { useRefreshSession } from '@/features/auth';
import { orderPaths } from '@/features/orders/paths';
import { can } from '@/lib/permissions';
import { settingsSections, settingsSectionsFor } from '../settings-sections';
import { useCurrentSession } from './app-layout';
import { NotAllowed } from './not-allowed';

/** The settings of the merchant's account, with a navigation of their own; admin and finance only. */
export function SettingsLayout() {
  const { t } = useTranslation('shell');
  const session = useCurrentSession();
  const { pathname } = useLocation();
  const labelId = useId();
  if (!can(session.user.role, 'account:read')) {
    // Headed by the page asked for, so that every address keeps its name.
    const asked = settingsSections.find((section) => section.to === pathname);
    return <NotAllowed title={asked ? t(asked.labelKey) : t('titles.settings')}>{t(asked?.forbiddenKey ?? 'forbidden.settings')}</NotAllowed>;
  }
  return (
    // The sections take the width of their longest name; the page takes the rest, where its tables need it.
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 'content' }}>
        <nav aria-labelledby={labelId}>
          <Text id={labelId} size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" mb={4}>
            {t('settings.label')}
          </Text>
          {settingsSectionsFor(session.user.role).map((section) => (
            <NavLink
              key={section.to}
              component={RouterNavLink}
              to={section.to}
              label={t(section.labelKey)}
              active={pathname === section.to}
              leftSection={<section.icon size={18} aria-hidden />}
            />
          ))}
        </nav>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 'auto' }} miw={0}>
        <Outlet context={session} />
      </Grid.Col>
    </Grid>
  );
}

export function SettingsIndexRoute() {
  return <Navigate to={accountPaths.billingDetails()} replace />;
}

export function BillingDetailsRoute() {
  const session = useCurrentSession();
  return <BillingDetailsPage canChange={can(session.user.role, 'account:manage')} />;
}

export function PayoutAccountRoute() {
  const session = useCurrentSession();
  return <PayoutAccountPage canChange={can(session.user.role, 'account:manage')} currency={session.merchant.currency} country={session.merchant.country} />;
}

/** API keys and the security check are an admin's; when the check moves on, the session (and the Live switch) follows. */
export function CredentialsRoute() {
  const { t } = useTranslation('shell');
  const session = useCurrentSession();
  const refreshSession = useRefreshSession();
  const known = session.merchant.securityCheck;
  const follow = useCallback(
    (check: SecurityCheck) => {
      if (check.state !== known) void refreshSession();
    },
    [known, refreshSession],
  );
  if (!can(session.user.role, 'account:manage')) return <NotAllowed title={t('titles.credentials')}>{t('forbidden.credentials')}</NotAllowed>;
  return <CredentialsPage ordersPath={orderPaths.list()} onSecurityCheck={follow} />;
}
