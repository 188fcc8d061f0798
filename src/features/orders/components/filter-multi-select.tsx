import { MultiSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrderListParams } from '../lib/list-params';

export type ListFilter = 'status' | 'paymentState' | 'shipping' | 'completeness' | 'method' | 'country';

type Props = {
  name: ListFilter;
  label: string;
  options: { value: string; label: string }[];
  params: OrderListParams;
  error?: string;
  onChange: (change: Partial<OrderListParams>) => void;
  className?: string;
};

/** A filter of several values (statuses, countries…): any of them matches. */
export function FilterMultiSelect({ name, label, options, params, error, onChange, className }: Props) {
  const { t } = useTranslation('orders');
  return (
    <MultiSelect
      className={className}
      label={label}
      placeholder={params[name].length ? undefined : t('filters.any')}
      data={options}
      value={params[name]}
      onChange={(values) => onChange({ [name]: values } as Partial<OrderListParams>)}
      clearable
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

/** The choices of a filter, each named in the user's language. */
export function filterOptions<Value extends string>(values: readonly Value[], label: (value: Value) => string) {
  return values.map((value) => ({ value, label: label(value) }));
}
