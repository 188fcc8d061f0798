import { Alert, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { orderPaths } from '@/features/orders/paths';
import { StatementPage, StatementsPage } from '@/features/statements';
import { can } from '@/lib/permissions';
import { useCurrentSession } from './app-layout';

/** Statements are for admin and finance; anyone else is told why, rather than shown an error. */
function StatementsGuard({ children }: { children: ReactNode }) {
  const { t } = useTranslation('shell');
  const session = useCurrentSession();
  if (!can(session.user.role, 'statements:read')) {
    return (
      <Stack>
        <Title order={1}>{t('titles.statements')}</Title>
        <Alert color="gray" title={t('forbidden.title')}>
          {t('forbidden.statements')}
        </Alert>
      </Stack>
    );
  }
  return children;
}

export function StatementsRoute() {
  return (
    <StatementsGuard>
      <StatementsPage />
    </StatementsGuard>
  );
}

export function StatementRoute() {
  const { week = '' } = useParams();
  return (
    <StatementsGuard>
      <StatementPage key={week} week={week} orderPath={orderPaths.detail} />
    </StatementsGuard>
  );
}
