import { Group, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CardList, CardListItem } from '@/components/card-list';
import type { OrderDetail } from '@/contract/orders';
import { useFormat } from '@/lib/format';
import { lineState } from '../lib/order-figures';
import { LineStateBadge } from './line-state-badge';

/** One figure of a line, its name above it: a term and its value of the card's description list. */
function Figure({ label, value }: { label: string; value: string | number }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed">
        {label}
      </Text>
      <Text component="dd" size="sm" m={0}>
        {value}
      </Text>
    </div>
  );
}

/**
 * The order's lines on a phone, where the table's thirteen columns ran past the edge: one card each,
 * its title, state and total first, then what was ordered and where each unit stands.
 */
export function OrderLineCards({ order }: { order: OrderDetail }) {
  const { t } = useTranslation('orders');
  const format = useFormat();
  const money = (cents: number) => format.money(cents, order.currency);
  return (
    <CardList labelledBy="order-lines">
      {order.lines.map((line) => {
        return (
          <CardListItem key={line.id}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Text size="sm" fw={600}>
                {line.title}
              </Text>
              <Text size="sm" fw={700} style={{ whiteSpace: 'nowrap' }}>
                {money(line.lineTotal)}
              </Text>
            </Group>
            <Group gap="xs" mt={4}>
              <LineStateBadge state={lineState(line, order.status)} />
              <Text size="xs" c="dimmed">
                {t('lines.articleNumber')} {line.articleNumber}
              </Text>
            </Group>
            <SimpleGrid component="dl" cols={3} spacing="xs" verticalSpacing={4} mt="xs" mb={0} style={{ fontVariantNumeric: 'tabular-nums' }}>
              <Figure label={t('lines.quantity')} value={line.quantity} />
              <Figure label={t('lines.unitPrice')} value={money(line.unitPrice)} />
              <Figure label={t('lines.vatRate')} value={format.percent(line.vatRate)} />
              <Figure label={t('lines.discount')} value={line.discount ? money(-line.discount) : '—'} />
              <Figure label={t('lines.shipDate')} value={line.shipDate ? format.date(line.shipDate) : '—'} />
              <Figure label={t('lines.shipped')} value={line.quantityShipped} />
              <Figure label={t('lines.invoiced')} value={line.quantityInvoiced} />
              <Figure label={t('lines.cancelled')} value={line.quantityCancelled} />
              <Figure label={t('lines.returned')} value={line.quantityReturned} />
            </SimpleGrid>
          </CardListItem>
        );
      })}
    </CardList>
  );
}
