import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { orderPaths } from '@/features/orders/paths';
import { StatementPage, StatementsPage } from '@/features/statements';
import { supportPaths } from '@/features/support/paths';
import { can } from '@/lib/permissions';
import { useCurrentSession } from './app-layout';
import { NotAllowed } from './not-allowed';

/** Statements are for admin and finance; anyone else is told why, rather than shown an error. */
function StatementsGuard({ children }: { children: ReactNode }) {
  const { t } = useTranslation('shell');
  const session = useCurrentSession();
  if (!can(session.user.role, 'statements:read')) {
    return <NotAllowed title={t('titles.statements')}>{t('forbidden.statements')}</NotAllowed>;
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
  const session = useCurrentSession();
  return (
    <StatementsGuard>
      <StatementPage
        key={week}
        week={week}
        orderPath={orderPaths.detail}
        contactSupportPath={can(session.user.role, 'support:write') ? (statement) => supportPaths.page({ statement }) : undefined}
      />
    </StatementsGuard>
  );
}
