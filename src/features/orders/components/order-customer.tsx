import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmailText } from '@/components/email-text';
import type { OrderDetail } from '@/contract/orders';
import { Figure } from './order-header';

type Address = OrderDetail['billingAddress'];

function AddressBlock({ title, address }: { title: string; address: Address }) {
  const { t } = useTranslation('orders');
  return (
    <Figure label={title}>
      <Text component="address" fs="normal" size="sm">
        {address.name}
        <br />
        {address.street}
        <br />
        {address.postalCode} {address.city}
        <br />
        {t(`countries.${address.country}`, { defaultValue: address.country })}
      </Text>
    </Figure>
  );
}

/** The customer and how they pay. */
export function OrderCustomer({ order }: { order: OrderDetail }) {
  const { t } = useTranslation('orders');
  const { customer } = order;
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="md">
        <Group gap="sm">
          <Title order={2} size="h3">
            {t('detail.customer')}
          </Title>
          <Badge variant="outline" color={customer.type === 'business' ? 'indigo' : 'gray'}>
            {t(`customerType.${customer.type}`)}
          </Badge>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          <Figure label={t('detail.name')}>
            {customer.name}
            {customer.companyName && <Text size="sm">{customer.companyName}</Text>}
          </Figure>
          <Figure label={t('detail.email')}>
            <EmailText email={customer.email} />
          </Figure>
          <Figure label={t('detail.customerId')}>{customer.customerId}</Figure>
          {customer.vatNumber && <Figure label={t('detail.vatNumber', { context: order.country })}>{customer.vatNumber}</Figure>}
          <Figure label={t('columns.yourReference')}>{order.yourReference ?? '—'}</Figure>
          <Figure label={t('columns.country')}>{t(`countries.${order.country}`, { defaultValue: order.country })}</Figure>
          <Figure label={t('columns.paymentMethod')}>{t(`paymentMethod.${order.paymentMethod}`)}</Figure>
          <Figure label={t('detail.paymentTerm')}>{t('detail.termDays', { count: order.paymentTermDays })}</Figure>
          <AddressBlock title={t('detail.billingAddress')} address={order.billingAddress} />
          <AddressBlock title={t('detail.deliveryAddress')} address={order.deliveryAddress} />
          <Figure label={t('columns.shippingStatus')}>{t(`shipping.${order.shippingStatus}`)}</Figure>
          <Figure label={t('columns.completeness')}>{t(`completeness.${order.completeness}`)}</Figure>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
