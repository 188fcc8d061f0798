import { Alert, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { can } from '@/lib/permissions';
import { useCurrentSession } from './app-layout';

export function StatementsRoute() {
  const { t } = useTranslation('shell');
  const session = useCurrentSession();
  if (!can(session.user.role, 'statements:read')) {
    return (
      <Alert color="gray" title={t('forbidden.title')}>
        {t('forbidden.statements')}
      </Alert>
    );
  }
  return (
    <>
      <Title order={1}>{t('soon.statementsTitle')}</Title>
      <Text>{t('soon.statements')}</Text>
    </>
  );
}
