import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TableScroll } from '@/components/table-scroll';
import type { Movement } from '@/contract/statements';
import { useFormat } from '@/lib/format';
import { useDescribeMovement } from '../lib/use-describe-movement';
import { MovementTypeBadge } from './movement-type-badge';

export type MovementsProps = {
  /** The movements of the page shown. */
  movements: Movement[];
  currency: string;
  /** The ISO week's number, which names an adjustment. */
  weekNumber: number;
  /** How many movements the type filter keeps, on every page, and their sum. */
  count: number;
  sum: number;
  /** Where an order's page is: another feature's, so the route says where. */
  orderPath: (orderNumber: string) => string;
};

/**
 * A page of the week's money movements; the footer adds up every movement the filter keeps, on every
 * page. `folded`, for a laptop's width, a movement's type goes under its day, and its payment
 * reference under its order, which it is built from, rather than in columns of their own; a
 * description wraps. Nothing else is hidden.
 */
export function MovementsTable({ movements, currency, weekNumber, count, sum, orderPath, folded }: MovementsProps & { folded: boolean }) {
  const { t } = useTranslation('statements');
  const format = useFormat();
  const describe = useDescribeMovement(weekNumber);
  // A header names both things a folded column shows, the second in a line under the first.
  const headers = (first: string, second: string) =>
    folded ? (
      <Table.Th>
        {first}
        <Text size="xs" c="dimmed" fw={400}>
          {second}
        </Text>
      </Table.Th>
    ) : (
      <>
        <Table.Th>{first}</Table.Th>
        <Table.Th>{second}</Table.Th>
      </>
    );
  return (
    <TableScroll label={t('detail.movementsCaption')}>
      <Table striped style={{ fontVariantNumeric: 'tabular-nums' }}>
        <caption className="visually-hidden">{t('detail.movementsCaption')}</caption>
        <Table.Thead>
          <Table.Tr>
            {headers(t('movement.date'), t('movement.type'))}
            {headers(t('movement.orderNumber'), t('movement.paymentReference'))}
            <Table.Th>{t('movement.description')}</Table.Th>
            <Table.Th ta="right">{t('movement.amount')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {movements.map((movement) => {
            const type = <MovementTypeBadge type={movement.type} />;
            const reference = movement.paymentReference;
            return (
              <Table.Tr key={movement.id}>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {format.date(movement.date)}
                  </Text>
                  {folded && type}
                </Table.Td>
                {!folded && <Table.Td>{type}</Table.Td>}
                <Table.Td>
                  {movement.orderNumber ? (
                    <Anchor component={Link} to={orderPath(movement.orderNumber)} size="sm">
                      {movement.orderNumber}
                    </Anchor>
                  ) : (
                    '—'
                  )}
                  {folded && reference && (
                    <Text size="xs" ff="monospace" c="dimmed">
                      {reference}
                    </Text>
                  )}
                </Table.Td>
                {!folded && <Table.Td ff="monospace">{reference ?? '—'}</Table.Td>}
                <Table.Td>{describe(movement)}</Table.Td>
                <Table.Td ta="right">
                  <Text size="sm" c={movement.amount < 0 ? 'var(--mantine-color-error)' : undefined} style={{ whiteSpace: 'nowrap' }}>
                    {format.money(movement.amount, currency)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th colSpan={folded ? 3 : 5} scope="row">
              {t('detail.sumOf', { count })}
            </Table.Th>
            <Table.Td ta="right" fw={700} style={{ whiteSpace: 'nowrap' }}>
              {format.money(sum, currency)}
            </Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </TableScroll>
  );
}
