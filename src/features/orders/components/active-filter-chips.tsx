import { Button, Group } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
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
  /** Where the focus goes once no filter is left to remove (the chips gone with the focus on them). */
  onNoneLeft: () => void;
};

/** Each active filter as a chip that removes it, and one button that removes them all. */
export function ActiveFilterChips({ params, onChange, onClear, onNoneLeft }: Props) {
  const { t } = useTranslation('orders');
  const format = useFormat();
  const chips = activeFilterChips(params);
  const group = useRef<HTMLDivElement>(null);
  // The place of the chip the keyboard removed: once the URL has dropped it, the chip now in its
  // place (or the last one) takes the focus rather than leaving it to the page's body.
  const removedAt = useRef<number | null>(null);
  const signature = chips.map((chip) => chip.name).join();
  useEffect(() => {
    const place = removedAt.current;
    if (place === null) return;
    removedAt.current = null;
    const left = group.current?.querySelectorAll<HTMLButtonElement>('button[data-chip]') ?? [];
    if (left.length > 0) left[Math.min(place, left.length - 1)]!.focus();
    else onNoneLeft();
    // Runs when the chips have changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [signature]);
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
        if (name === 'q') return t('filters.quoted', { text: value });
        if (name === 'from' || name === 'to' || name === 'creditedSince') return format.date(value);
        if (name === 'expiresWithinDays' || name === 'overdueByMoreThanDays') return format.number(Number(value));
        return valueNames[name]?.get(value) ?? value;
      })
      .join(', ');

  return (
    <Group gap="xs" mt="sm" role="group" aria-label={t('filters.active')} ref={group}>
      {chips.map((chip, index) => {
        const text = t('filters.chip', { filter: t(filterLabelKeys[chip.name]), values: valueText(chip) });
        return (
          <Button
            key={chip.name}
            size="compact-sm"
            variant="light"
            radius="xl"
            rightSection={<IconX size={14} aria-hidden />}
            aria-label={t('filters.removeChip', { chip: text })}
            data-chip
            onClick={() => {
              removedAt.current = index;
              onChange(withoutFilter(chip.name));
            }}
          >
            {text}
          </Button>
        );
      })}
      <Button
        size="compact-sm"
        variant="subtle"
        onClick={() => {
          removedAt.current = 0;
          onClear();
        }}
      >
        {t('filters.clear')}
      </Button>
    </Group>
  );
}
