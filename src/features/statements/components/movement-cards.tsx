import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CardList, CardListItem } from '@/components/card-list';
import { useFormat } from '@/lib/format';
import { useDescribeMovement } from '../lib/use-describe-movement';
import { MovementTypeBadge } from './movement-type-badge';
import type { MovementsProps } from './movements-table';

/**
 * The week's movements on a phone: one card each, its day, type and amount first, then its order and
 * what it was for; the sum of every movement the filter keeps, on every page, under them.
 */
export function MovementCards({ movements, currency, weekNumber, count, sum, orderPath }: MovementsProps) {
  const { t } = useTranslation('statements');
  const format = useFormat();
  const describe = useDescribeMovement(weekNumber);
  return (
    <Stack gap="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
      <CardList label={t('detail.movementsCaption')}>
        {movements.map((movement) => (
          <CardListItem key={movement.id}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Text size="sm" fw={600}>
                {format.date(movement.date)}
              </Text>
              <Text size="sm" fw={700} style={{ whiteSpace: 'nowrap' }} c={movement.amount < 0 ? 'var(--mantine-color-error)' : undefined}>
                {format.money(movement.amount, currency)}
              </Text>
            </Group>
            <Group gap="xs" mt={4}>
              <MovementTypeBadge type={movement.type} />
              {/* The link beside its label, not inside a sentence: in a line of text its colour alone would not tell it apart. */}
              {movement.orderNumber && (
                <Group gap={4}>
                  <Text size="sm" c="dimmed">
                    {t('movement.orderNumber')}
                  </Text>
                  <Anchor component={Link} to={orderPath(movement.orderNumber)} size="sm">
                    {movement.orderNumber}
                  </Anchor>
                </Group>
              )}
              {movement.paymentReference && (
                <Text size="xs" ff="monospace" c="dimmed">
                  {movement.paymentReference}
                </Text>
              )}
            </Group>
            <Text size="sm" mt={4}>
              {describe(movement)}
            </Text>
          </CardListItem>
        ))}
      </CardList>
      <Group justify="space-between" wrap="nowrap" px="sm">
        <Text size="sm" fw={700}>
          {t('detail.sumOf', { count })}
        </Text>
        <Text size="sm" fw={700} style={{ whiteSpace: 'nowrap' }}>
          {format.money(sum, currency)}
        </Text>
      </Group>
    </Stack>
  );
}
