import { useTranslation } from 'react-i18next';
import { TeamPage } from '@/features/team';
import { teamPaths } from '@/features/team/paths';
import { env } from '@/lib/env';
import { can } from '@/lib/permissions';
import { useCurrentSession } from './app-layout';
import { NotAllowed } from './not-allowed';

/** Only an admin manages the team; anyone else is told why, with nothing to press. */
export function TeamRoute() {
  const { t } = useTranslation('shell');
  const session = useCurrentSession();
  if (!can(session.user.role, 'team:manage')) {
    return <NotAllowed title={t('titles.team')}>{t('forbidden.team')}</NotAllowed>;
  }
  return <TeamPage currentEmail={session.user.email} merchantName={session.merchant.name} outboxPath={env.mocksEnabled ? teamPaths.outbox() : undefined} />;
}
