import { memo, useEffect, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { sameData } from '@/lib/same-data';
import type { OrderListParams } from '../lib/list-params';
import classes from './filter-multi-select.module.css';
import { MultiSelect } from '@/components/select';

export type ListFilter = 'status' | 'paymentState' | 'shipping' | 'completeness' | 'method' | 'country';

type Props = {
  name: ListFilter;
  label: string;
  options: { value: string; label: string }[];
  /** The values chosen. */
  value: string[];
  error?: string;
  onChange: (change: Partial<OrderListParams>) => void;
  /** Hears of the choice a click on the option under the pointer would make, before the click. */
  onHint?: (change: Partial<OrderListParams>) => void;
  className?: string;
};

/** How long the pointer rests on an option before it counts as a hint: a sweep over the list gives none. */
const hintDelayMs = 60;
// The one pointer rests on one option at a time, whichever filter it belongs to.
let pendingHint: number | undefined;

/**
 * A filter of several values (statuses, countries…): any of them matches. Memoised on the data of
 * its props, so that a change of another filter does not render this one again.
 */
export const FilterMultiSelect = memo(function FilterMultiSelect({ name, label, options, value: chosen, error, onChange, onHint, className }: Props) {
  const { t } = useTranslation('orders');
  useEffect(() => () => window.clearTimeout(pendingHint), []);
  // Mantine's options carry their value as an attribute; a click toggles it in the choice.
  const hintOnPointer = onHint && {
    onPointerEnter: (event: PointerEvent<HTMLElement>) => {
      const value = event.currentTarget.getAttribute('value');
      window.clearTimeout(pendingHint);
      if (value === null) return;
      const next = chosen.includes(value) ? chosen.filter((other) => other !== value) : [...chosen, value];
      pendingHint = window.setTimeout(() => onHint({ [name]: next } as Partial<OrderListParams>), hintDelayMs);
    },
    onPointerLeave: () => window.clearTimeout(pendingHint),
  };
  return (
    <MultiSelect
      attributes={hintOnPointer && { option: hintOnPointer }}
      className={className}
      label={label}
      placeholder={chosen.length ? undefined : t('filters.any')}
      data={options}
      value={chosen}
      onChange={(values) => onChange({ [name]: values } as Partial<OrderListParams>)}
      clearable
      error={error}
      // A list this short needs no scroll area of Mantine's own, whose mount was a quarter of the
      // time a first opening took to show (cold pages, Event Timing: 40–56 ms, 32–48 ms without).
      withScrollArea={false}
      classNames={{ root: classes.root, pill: classes.pill, options: classes.options }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}, sameData);

/** The choices of a filter, each named in the user's language. */
export function filterOptions<Value extends string>(values: readonly Value[], label: (value: Value) => string) {
  return values.map((value) => ({ value, label: label(value) }));
}
