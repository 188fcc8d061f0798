import { Alert, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Country, Currency } from '@/contract/common';
import { PageHeader } from '@/components/page-header';
import { ErrorState, LoadingState } from '@/components/query-states';
import { useFormat } from '@/lib/format';
import { usePayoutAccount } from '../api/get-payout-account';
import { PayoutAccountCard } from './payout-account-card';
import { PayoutAccountForm } from './payout-account-form';
import { PayoutHistoryTable } from './payout-history-table';

/**
 * Where the payouts go now and from the next payout on, and every earlier account: an admin changes
 * it, finance reads it. `currency` is the merchant's, the one its payouts are paid in; `country` is
 * the merchant's, whose IBAN its examples show.
 */
export function PayoutAccountPage({ canChange, currency, country }: { canChange: boolean; currency: Currency; country: Country }) {
  const { t } = useTranslation('account');
  const format = useFormat();
  const accounts = usePayoutAccount();

  return (
    <Stack gap="md">
      <PageHeader title={t('payout.title')} subtitle={t('payout.subtitle')} />
      {accounts.isPending ? (
        <LoadingState label={t('payout.loading')} />
      ) : accounts.isError ? (
        <ErrorState error={accounts.error} onRetry={() => void accounts.refetch()} />
      ) : (
        <>
          <Paper withBorder p="md" radius="md">
            <Stack gap="md">
              {accounts.data.current || accounts.data.next ? (
                <SimpleGrid cols={{ base: 1, md: 2 }}>
                  {accounts.data.current && (
                    <PayoutAccountCard
                      account={accounts.data.current}
                      badge={t('payout.current')}
                      color="green"
                      note={t('payout.since', { date: format.date(accounts.data.current.effectiveFrom) })}
                    />
                  )}
                  {accounts.data.next && (
                    <PayoutAccountCard
                      account={accounts.data.next}
                      badge={t('payout.from', { date: format.date(accounts.data.next.effectiveFrom) })}
                      color="blue"
                      note={t(accounts.data.current ? 'payout.nextNote' : 'payout.nextNoteFirst', { date: format.date(accounts.data.next.effectiveFrom) })}
                    />
                  )}
                </SimpleGrid>
              ) : (
                <Text>{t('payout.none')}</Text>
              )}
              {canChange ? (
                <PayoutAccountForm accounts={accounts.data} currency={currency} country={country} />
              ) : (
                <Alert color="gray" icon={<IconLock aria-hidden />}>
                  {t('payout.readOnly')}
                </Alert>
              )}
            </Stack>
          </Paper>
          {accounts.data.history.length > 0 && (
            <Paper withBorder p="md" radius="md">
              <Stack gap="sm">
                <Title order={2} size="h4">
                  {t('payout.history.title')}
                </Title>
                <PayoutHistoryTable history={accounts.data.history} />
              </Stack>
            </Paper>
          )}
        </>
      )}
    </Stack>
  );
}
