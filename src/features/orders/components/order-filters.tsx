import { Button, Group, MultiSelect, NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countries, limits } from '@/contract/common';
import { completenessValues, orderStatuses, paymentMethods, paymentStates, shippingStatuses } from '@/contract/orders';
import { useMessage } from '@/lib/i18n';
import { hasActiveFilters, type FilterErrors, type OrderListParams } from '../lib/list-params';
import { followUrlQuery } from '../lib/search-box';
import { DateFilter } from './date-filter';
import classes from './order-filters.module.css';

type Props = {
  params: OrderListParams;
  /** A catalogue key per filter that cannot be asked for, shown next to it. */
  errors: FilterErrors;
  onChange: (change: Partial<OrderListParams>) => void;
  onClear: () => void;
};

type ListFilter = 'status' | 'paymentState' | 'shipping' | 'completeness' | 'method' | 'country';

export function OrderFilters({ params, errors, onChange, onClear }: Props) {
  const { t } = useTranslation('orders');
  const translate = useMessage();
  const message = (name: keyof FilterErrors) => translate(errors[name]);
  const [search, setSearch] = useState(params.q);
  const [followedQuery, setFollowedQuery] = useState(params.q);
  // Queries this box sent that the URL has not shown yet: their arrival must not undo typing.
  const [sent, setSent] = useState<string[]>([]);
  if (params.q !== followedQuery) {
    setFollowedQuery(params.q);
    const next = followUrlQuery(params.q, search, sent);
    setSent(next.sent);
    if (next.box !== search) setSearch(next.box);
  }
  const sendSearch = (text: string) => {
    const q = text.trim();
    if (q !== params.q) setSent((earlier) => [...earlier, q]);
    onChange({ q });
  };
  // Short enough that the rows follow the typing (the previous rows stay, marked stale, meanwhile).
  const commitSearch = useDebouncedCallback(sendSearch, 100);

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

  return (
    <form role="search" aria-label={t('filters.label')} onSubmit={(event) => event.preventDefault()}>
      <TextInput
        label={t('filters.search')}
        description={t('filters.searchHint')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={search}
        error={message('q')}
        onChange={(event) => {
          setSearch(event.currentTarget.value);
          commitSearch(event.currentTarget.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            commitSearch.cancel?.();
            sendSearch(search);
          }
        }}
        mb="sm"
      />
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
        {multi('status', t('filters.status'), options(orderStatuses, (value) => t(`status.${value}`)))}
        {multi('paymentState', t('filters.paymentState'), options(paymentStates, (value) => t(`paymentState.${value}`)), classes.wide)}
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
      {hasActiveFilters(params) && (
        <Group mt="sm">
          <Button variant="subtle" onClick={onClear}>
            {t('filters.clear')}
          </Button>
        </Group>
      )}
    </form>
  );
}
