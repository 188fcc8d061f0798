import { Stack } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecurityCheck } from '@/contract/account';
import { PageHeader } from '@/components/page-header';
import { ErrorState, LoadingState } from '@/components/query-states';
import { useApiKeys } from '../api/get-api-keys';
import { useSecurityCheck } from '../api/get-security-check';
import { ApiKeysSection } from './api-keys-section';
import { GoLiveCard } from './go-live-card';

type Props = {
  /** Where a test order can be activated and credited, for the go-live checklist. */
  ordersPath: string;
  /** The security check as the API tells it now: the session that carries it may be older. */
  onSecurityCheck?: (check: SecurityCheck) => void;
};

/** The API keys of both worlds, and until the security check has passed, the way to it. */
export function CredentialsPage({ ordersPath, onSecurityCheck }: Props) {
  const { t } = useTranslation('account');
  const check = useSecurityCheck();
  const keys = useApiKeys();

  useEffect(() => {
    if (check.data) onSecurityCheck?.(check.data);
  }, [check.data, onSecurityCheck]);

  const retry = () => {
    void check.refetch();
    void keys.refetch();
  };
  return (
    <Stack gap="md">
      <PageHeader title={t('credentials.title')} subtitle={t('credentials.subtitle')} />
      {check.isError || keys.isError ? (
        <ErrorState error={check.error ?? keys.error} onRetry={retry} />
      ) : check.isPending || keys.isPending ? (
        <LoadingState label={t('credentials.loading')} />
      ) : (
        <>
          <GoLiveCard check={check.data} ordersPath={ordersPath} />
          <ApiKeysSection mode="test" keys={keys.data.items.filter((key) => key.mode === 'test')} open />
          <ApiKeysSection mode="live" keys={keys.data.items.filter((key) => key.mode === 'live')} open={check.data.state === 'passed'} />
        </>
      )}
    </Stack>
  );
}
