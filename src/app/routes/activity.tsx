import { useTranslation } from 'react-i18next';
import { ActivityPage } from '@/features/activity';
import { orderPaths } from '@/features/orders/paths';
import { supportPaths } from '@/features/support/paths';
import { useTeam } from '@/features/team';
import { can } from '@/lib/permissions';
import { useCurrentSession } from './app-layout';
import { NotAllowed } from './not-allowed';

/** Only an admin reads the activity log; anyone else is told why. The team gives the people to filter by. */
export function ActivityRoute() {
  const { t } = useTranslation('shell');
  const session = useCurrentSession();
  if (!can(session.user.role, 'activity:read')) {
    return <NotAllowed title={t('titles.activity')}>{t('forbidden.activity')}</NotAllowed>;
  }
  return <AdminActivity />;
}

function AdminActivity() {
  const team = useTeam();
  return <ActivityPage people={team.data?.items ?? []} orderPath={orderPaths.detail} ticketPath={supportPaths.ticket} />;
}
