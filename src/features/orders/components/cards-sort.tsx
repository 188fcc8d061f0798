import { NativeSelect } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { sortKeys, sortOrders, type SortKey, type SortOrder } from '@/contract/orders';

/** The orders a phone's list is most often wanted in; the table's headers offer every column both ways. */
const choices = [
  { sort: 'orderDate', order: 'desc', label: 'cardsSort.orderDate-desc' },
  { sort: 'orderDate', order: 'asc', label: 'cardsSort.orderDate-asc' },
  { sort: 'dueDate', order: 'asc', label: 'cardsSort.dueDate-asc' },
  { sort: 'daysToExpiry', order: 'asc', label: 'cardsSort.daysToExpiry-asc' },
  { sort: 'outstanding', order: 'desc', label: 'cardsSort.outstanding-desc' },
  { sort: 'total', order: 'desc', label: 'cardsSort.total-desc' },
  { sort: 'customerName', order: 'asc', label: 'cardsSort.customerName-asc' },
] as const satisfies readonly { sort: SortKey; order: SortOrder; label: string }[];

type Props = {
  sort: SortKey;
  order: SortOrder;
  /** The list's columns by their names, as the Columns panel has them: a sort key is a column's id. */
  columns: readonly { id: string; name: string }[];
  onChange: (sort: SortKey, order: SortOrder) => void;
};

/**
 * How the phone's cards are sorted, where there are no column headers to click: the usual orders,
 * and the one the address asks for when it is another. Memoised, as the list's other controls.
 */
export const CardsSort = memo(function CardsSort({ sort, order, columns, onChange }: Props) {
  const { t } = useTranslation('orders');
  const current = `${sort}.${order}`;
  const known = choices.some((choice) => `${choice.sort}.${choice.order}` === current);
  const options = [
    ...choices.map((choice) => ({ value: `${choice.sort}.${choice.order}`, label: t(choice.label) })),
    ...(known ? [] : [{ value: current, label: t('cardsSort.other', { column: columns.find((column) => column.id === sort)?.name ?? sort, direction: t(`cardsSort.${order}`) }) }]),
  ];
  return (
    <NativeSelect
      label={t('cardsSort.label')}
      data={options}
      value={current}
      onChange={(event) => {
        const [key, direction] = event.currentTarget.value.split('.');
        const nextSort = sortKeys.find((candidate) => candidate === key);
        const nextOrder = sortOrders.find((candidate) => candidate === direction);
        if (nextSort && nextOrder) onChange(nextSort, nextOrder);
      }}
    />
  );
});
