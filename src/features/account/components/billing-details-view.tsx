import { Alert, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BillingDetails } from '@/contract/account';
import { countryName } from '../lib/country-name';
import { LastChange } from './last-change';

/** The billing details as finance reads them, with who may change them. */
export function BillingDetailsView({ details }: { details: BillingDetails }) {
  const { t, i18n } = useTranslation('account');
  const rows = [
    [t('billing.fields.companyName'), details.companyName],
    [t('billing.fields.address'), `${details.street}, ${details.postalCode} ${details.city}, ${countryName(details.country, i18n.language)}`],
    [t('billing.fields.vatNumber', { context: details.country }), details.vatNumber],
    [t('billing.fields.invoiceEmail'), details.invoiceEmail],
  ];
  return (
    <Stack gap="md">
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing="sm" m={0}>
        {rows.map(([label, value]) => (
          <div key={label}>
            <Text component="dt" size="sm" c="dimmed">
              {label}
            </Text>
            <Text component="dd" m={0} fw={500}>
              {value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
      <LastChange at={details.updatedAt} by={details.updatedBy} />
      <Alert color="gray" icon={<IconLock aria-hidden />}>
        {t('billing.readOnly')}
      </Alert>
    </Stack>
  );
}
