import { Badge, Button, Collapse, Group, MultiSelect, NumberInput, SimpleGrid } from '@mantine/core';
import { IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countries, limits } from '@/contract/common';
import { completenessValues, orderStatuses, paymentMethods, paymentStates, shippingStatuses } from '@/contract/orders';
import { useMessage } from '@/lib/i18n';
import { usePhone } from '@/lib/use-phone';
import { activeFilterChips, primaryFilters } from '../lib/filter-chips';
import { filterNames, type FilterErrors, type FilterName, type OrderListParams } from '../lib/list-params';
import { ActiveFilterChips } from './active-filter-chips';
import { DateFilter } from './date-filter';
import { SearchFilter } from './search-filter';
import classes from './order-filters.module.css';

type Props = {
  params: OrderListParams;
  /** A catalogue key per filter that cannot be asked for, shown next to it. */
  errors: FilterErrors;
  onChange: (change: Partial<OrderListParams>) => void;
  onClear: () => void;
};

type ListFilter = 'status' | 'paymentState' | 'shipping' | 'completeness' | 'method' | 'country';

/**
 * One row: the search and the most used filters; the others open under "More filters" (on a phone,
 * every filter but the search opens under "Filters"). What is active shows as removable chips.
 */
export function OrderFilters({ params, errors, onChange, onClear }: Props) {
  const { t } = useTranslation('orders');
  const translate = useMessage();
  const phone = usePhone();
  const moreId = useId();
  const message = (name: keyof FilterErrors) => translate(errors[name]);
  const folded = filterNames.filter((name) => name !== 'q' && (phone || !primaryFilters.includes(name)));
  const foldedActive = activeFilterChips(params).filter((chip) => folded.includes(chip.name)).length;
  // A filter to correct is never left folded away.
  const foldedError = folded.some((name: FilterName) => errors[name] !== undefined);
  const [open, setOpen] = useState(foldedError);
  const [shownError, setShownError] = useState(foldedError);
  if (foldedError !== shownError) {
    setShownError(foldedError);
    if (foldedError) setOpen(true);
  }

  const options = <Value extends string>(values: readonly Value[], label: (value: Value) => string) =>
    values.map((value) => ({ value, label: label(value) }));

  const multi = (name: ListFilter, label: string, data: { value: string; label: string }[], className?: string) => (
    <MultiSelect
      className={className}
      label={label}
      placeholder={params[name].length ? undefined : t('filters.any')}
      data={data}
      value={params[name]}
      onChange={(values) => onChange({ [name]: values } as Partial<OrderListParams>)}
      clearable
      error={message(name)}
      comboboxProps={{ withinPortal: true }}
    />
  );

  // Whole days, kept as typed even out of range: the error beside the field says what is allowed.
  const days = (name: 'expiresWithinDays' | 'overdueByMoreThanDays', label: string, hint: string, max: number) => (
    <NumberInput
      label={label}
      description={hint}
      min={0}
      max={max}
      allowDecimal={false}
      allowNegative={false}
      clampBehavior="none"
      value={params[name] ?? ''}
      error={message(name)}
      onChange={(value) => onChange({ [name]: typeof value === 'number' ? value : null })}
    />
  );

  const status = multi('status', t('filters.status'), options(orderStatuses, (value) => t(`status.${value}`)), phone ? undefined : classes.primary);
  const paymentState = multi(
    'paymentState',
    t('filters.paymentState'),
    options(paymentStates, (value) => t(`paymentState.${value}`)),
    phone ? classes.wide : classes.primary,
  );

  return (
    <form role="search" aria-label={t('filters.label')} onSubmit={(event) => event.preventDefault()}>
      <Group align="flex-end" gap="sm" wrap={phone ? 'wrap' : 'nowrap'}>
        <SearchFilter className={classes.search} query={params.q} error={message('q')} onSearch={(q) => onChange({ q })} />
        {!phone && status}
        {!phone && paymentState}
        <Button
          variant="default"
          aria-expanded={open}
          aria-controls={open ? moreId : undefined}
          onClick={() => setOpen((was) => !was)}
          rightSection={open ? <IconChevronUp size={16} aria-hidden /> : <IconChevronDown size={16} aria-hidden />}
          leftSection={foldedActive > 0 ? <Badge size="sm" circle>{foldedActive}</Badge> : undefined}
          className={classes.toggle}
        >
          {phone ? t('filters.toggle') : t('filters.more')}
        </Button>
      </Group>
      <Collapse expanded={open} id={moreId}>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm" pt="sm">
          {phone && status}
          {phone && paymentState}
          {multi('shipping', t('filters.shipping'), options(shippingStatuses, (value) => t(`shipping.${value}`)))}
          {multi('completeness', t('filters.completeness'), options(completenessValues, (value) => t(`completeness.${value}`)))}
          {multi('method', t('filters.method'), options(paymentMethods, (value) => t(`paymentMethod.${value}`)))}
          {multi('country', t('filters.country'), options(countries, (value) => t(`countries.${value}`)))}
          {days('expiresWithinDays', t('filters.expiresWithin'), t('filters.expiresWithinHint'), limits.expiresWithinDaysMax)}
          <DateFilter label={t('filters.from')} value={params.from} error={message('from')} onCommit={(from) => onChange({ from })} />
          <DateFilter label={t('filters.to')} value={params.to} error={message('to')} onCommit={(to) => onChange({ to })} />
          {days('overdueByMoreThanDays', t('filters.overdueBy'), t('filters.overdueByHint'), limits.overdueDaysMax)}
          <DateFilter
            label={t('filters.creditedSince')}
            description={t('filters.creditedSinceHint')}
            value={params.creditedSince}
            error={message('creditedSince')}
            onCommit={(creditedSince) => onChange({ creditedSince })}
          />
        </SimpleGrid>
      </Collapse>
      <ActiveFilterChips params={params} onChange={onChange} onClear={onClear} />
    </form>
  );
}
