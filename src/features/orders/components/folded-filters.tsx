import { NumberInput, SimpleGrid } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { countries, limits } from '@/contract/common';
import { completenessValues, paymentMethods, shippingStatuses } from '@/contract/orders';
import type { FilterErrors, OrderListParams } from '../lib/list-params';
import type { ChangeOptions } from '../lib/use-list-params';
import type { DateFilterName } from '../lib/use-unreadable-dates';
import { DateFilter } from './date-filter';
import { filterOptions, FilterMultiSelect, type ListFilter } from './filter-multi-select';

type Props = {
  params: OrderListParams;
  /** The message shown beside each filter that cannot be asked for. */
  message: (name: keyof FilterErrors) => string | undefined;
  onChange: (change: Partial<OrderListParams>, options?: ChangeOptions) => void;
  onHint?: (change: Partial<OrderListParams>) => void;
  /** Hears when a date filter holds text that is no date, and when it no longer does. */
  onUnreadableDate: (name: DateFilterName, unreadable: boolean) => void;
  /** Filters the row above holds on a wide screen, and this panel on a phone. */
  children?: ReactNode;
};

/**
 * The filters under "More filters". Its own chunk, loaded when the panel is first wanted: the
 * calendars and number fields it holds are not needed to show the list.
 */
export default function FoldedFilters({ params, message, onChange, onHint, onUnreadableDate, children }: Props) {
  const { t } = useTranslation('orders');
  const multi = (name: ListFilter, label: string, options: { value: string; label: string }[]) => (
    <FilterMultiSelect name={name} label={label} options={options} value={params[name]} error={message(name)} onChange={onChange} onHint={onHint} />
  );

  // Whole days, kept as typed even out of range or not whole (7.5, -1): the error beside the field
  // says what is allowed. Refusing the characters instead turned 7.5 into 75 and -1 into 1.
  const days = (name: 'expiresWithinDays' | 'overdueByMoreThanDays', label: string, hint: string, max: number) => (
    <NumberInput
      label={label}
      description={hint}
      min={0}
      max={max}
      clampBehavior="none"
      value={params[name] ?? ''}
      error={message(name)}
      onChange={(value) => {
        // A number on its way ("7.", "-") is no filter yet: the field keeps it, the list waits.
        if (typeof value === 'number' || value === '') onChange({ [name]: value === '' ? null : value }, { typed: true });
      }}
    />
  );

  const date = (name: DateFilterName, label: string, description?: string) => (
    <DateFilter
      label={label}
      description={description}
      value={params[name]}
      error={message(name)}
      onCommit={(value) => onChange({ [name]: value })}
      onUnreadableChange={(unreadable) => onUnreadableDate(name, unreadable)}
    />
  );

  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm" pt="sm">
      {children}
      {multi('shipping', t('filters.shipping'), filterOptions(shippingStatuses, (value) => t(`shipping.${value}`)))}
      {multi('completeness', t('filters.completeness'), filterOptions(completenessValues, (value) => t(`completeness.${value}`)))}
      {multi('method', t('filters.method'), filterOptions(paymentMethods, (value) => t(`paymentMethod.${value}`)))}
      {multi('country', t('filters.country'), filterOptions(countries, (value) => t(`countries.${value}`)))}
      {days('expiresWithinDays', t('filters.expiresWithin'), t('filters.expiresWithinHint'), limits.expiresWithinDaysMax)}
      {date('from', t('filters.from'))}
      {date('to', t('filters.to'))}
      {days('overdueByMoreThanDays', t('filters.overdueBy'), t('filters.overdueByHint'), limits.overdueDaysMax)}
      {date('creditedSince', t('filters.creditedSince'), t('filters.creditedSinceHint'))}
    </SimpleGrid>
  );
}
