import { Paper, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { ErrorState, LoadingState } from '@/components/query-states';
import { useBillingDetails } from '../api/get-billing-details';
import { BillingDetailsForm } from './billing-details-form';
import { BillingDetailsView } from './billing-details-view';

/** The company the provider invoices and prints as the seller: an admin changes it, finance reads it. */
export function BillingDetailsPage({ canChange }: { canChange: boolean }) {
  const { t } = useTranslation('account');
  const details = useBillingDetails();
  return (
    <Stack gap="md">
      <PageHeader title={t('billing.title')} subtitle={t('billing.subtitle')} />
      <Paper withBorder p="md" radius="md">
        {details.isPending ? (
          <LoadingState label={t('billing.loading')} />
        ) : details.isError ? (
          <ErrorState error={details.error} onRetry={() => void details.refetch()} />
        ) : canChange ? (
          <BillingDetailsForm details={details.data} />
        ) : (
          <BillingDetailsView details={details.data} />
        )}
      </Paper>
    </Stack>
  );
}
