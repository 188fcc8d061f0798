import { Button, Group } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { countries } from '@/contract/common';
import { completenessValues, orderStatuses, paymentMethods, paymentStates, shippingStatuses } from '@/contract/orders';
import { useFormat } from '@/lib/format';
import { activeFilterChips, withoutFilter, type FilterChip } from '../lib/filter-chips';
import { filterLabelKeys } from '../lib/filter-labels';
import type { FilterName, OrderListParams } from '../lib/list-params';

type Props = {
  params: OrderListParams;
  onChange: (change: Partial<OrderListParams>) => void;
  onClear: () => void;
};

/** Each active filter as a chip that removes it, and one button that removes them all. */
export function ActiveFilterChips({ params, onChange, onClear }: Props) {
  const { t } = useTranslation('orders');
  const format = useFormat();
  const chips = activeFilterChips(params);
  if (chips.length === 0) return null;

  const named = <Value extends string>(values: readonly Value[], label: (value: Value) => string) =>
    new Map<string, string>(values.map((value) => [value, label(value)]));
  const valueNames: Partial<Record<FilterName, Map<string, string>>> = {
    status: named(orderStatuses, (value) => t(`status.${value}`)),
    paymentState: named(paymentStates, (value) => t(`paymentState.${value}`)),
    shipping: named(shippingStatuses, (value) => t(`shipping.${value}`)),
    completeness: named(completenessValues, (value) => t(`completeness.${value}`)),
    method: named(paymentMethods, (value) => t(`paymentMethod.${value}`)),
    country: named(countries, (value) => t(`countries.${value}`)),
  };
  const valueText = ({ name, values }: FilterChip) =>
    values
      .map((value) => {
        if (name === 'q') return `“${value}”`;
        if (name === 'from' || name === 'to' || name === 'creditedSince') return format.date(value);
        if (name === 'expiresWithinDays' || name === 'overdueByMoreThanDays') return format.number(Number(value));
        return valueNames[name]?.get(value) ?? value;
      })
      .join(', ');

  return (
    <Group gap="xs" mt="sm" role="group" aria-label={t('filters.active')}>
      {chips.map((chip) => {
        const text = t('filters.chip', { filter: t(filterLabelKeys[chip.name]), values: valueText(chip) });
        return (
          <Button
            key={chip.name}
            size="compact-sm"
            variant="light"
            radius="xl"
            rightSection={<IconX size={14} aria-hidden />}
            aria-label={t('filters.removeChip', { chip: text })}
            onClick={() => onChange(withoutFilter(chip.name))}
          >
            {text}
          </Button>
        );
      })}
      <Button size="compact-sm" variant="subtle" onClick={onClear}>
        {t('filters.clear')}
      </Button>
    </Group>
  );
}
