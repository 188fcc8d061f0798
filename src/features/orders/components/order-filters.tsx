import { Badge, Button, Collapse, Group } from '@mantine/core';
import { IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import { lazy, Suspense, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { orderStatuses, paymentStates } from '@/contract/orders';
import { useMessage } from '@/lib/i18n';
import { useEverTrue } from '@/lib/use-ever-true';
import { usePhone } from '@/lib/use-phone';
import { activeFilterChips, primaryFilters } from '../lib/filter-chips';
import { filterNames, type FilterErrors, type FilterName, type OrderListParams } from '../lib/list-params';
import type { ChangeOptions } from '../lib/use-list-params';
import type { DateFilterName } from '../lib/use-unreadable-dates';
import { ActiveFilterChips } from './active-filter-chips';
import { filterOptions, FilterMultiSelect, type ListFilter } from './filter-multi-select';
import { SearchFilter } from './search-filter';
import classes from './order-filters.module.css';

type Props = {
  params: OrderListParams;
  /** A catalogue key per filter that cannot be asked for, shown next to it. */
  errors: FilterErrors;
  onChange: (change: Partial<OrderListParams>, options?: ChangeOptions) => void;
  /** Hears of a filter's choice the pointer rests on, so that its list can be asked for before the click. */
  onHint?: (change: Partial<OrderListParams>) => void;
  onClear: () => void;
  /** Hears when a date filter holds text that is no date, and when it no longer does. */
  onUnreadableDate: (name: DateFilterName, unreadable: boolean) => void;
  /** Changes when the date fields must start empty again (their text is not in the URL). */
  dateFieldsKey: number;
};

const FoldedFilters = lazy(() => import('./folded-filters'));

/**
 * One row: the search and the most used filters; the others open under "More filters" (on a phone,
 * every filter but the search opens under "Filters"). What is active shows as removable chips.
 */
export function OrderFilters({ params, errors, onChange, onHint, onClear, onUnreadableDate, dateFieldsKey }: Props) {
  const { t } = useTranslation('orders');
  const translate = useMessage();
  const phone = usePhone();
  const moreId = useId();
  const form = useRef<HTMLFormElement>(null);
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

  const multi = (name: ListFilter, label: string, options: { value: string; label: string }[], className?: string) => (
    <FilterMultiSelect name={name} label={label} options={options} value={params[name]} error={message(name)} onChange={onChange} onHint={onHint} className={className} />
  );
  // The folded filters load once wanted: on a hover or focus of their button, or opened.
  const [hinted, setHinted] = useState(false);
  const wanted = useEverTrue(open || hinted);
  const want = () => setHinted(true);

  const status = multi('status', t('filters.status'), filterOptions(orderStatuses, (value) => t(`status.${value}`)), phone ? undefined : classes.primary);
  const paymentState = multi(
    'paymentState',
    t('filters.paymentState'),
    filterOptions(paymentStates, (value) => t(`paymentState.${value}`)),
    phone ? classes.wide : classes.primary,
  );

  return (
    <form role="search" aria-label={t('filters.label')} onSubmit={(event) => event.preventDefault()} ref={form}>
      <Group align="flex-end" gap="sm">
        {/* Typed: the box follows the URL, which must show what was sent in the order it was sent. */}
        <SearchFilter
          className={classes.search}
          query={params.q}
          error={message('q')}
          onSearch={(q) => onChange({ q }, { typed: true })}
          onHint={onHint && ((q) => onHint({ q }))}
        />
        {!phone && status}
        {!phone && paymentState}
        <Button
          variant="default"
          aria-expanded={open}
          aria-controls={open ? moreId : undefined}
          onClick={() => setOpen((was) => !was)}
          onPointerEnter={want}
          onFocus={want}
          rightSection={open ? <IconChevronUp size={16} aria-hidden /> : <IconChevronDown size={16} aria-hidden />}
          leftSection={foldedActive > 0 ? <Badge size="sm" circle>{foldedActive}</Badge> : undefined}
          className={classes.toggle}
        >
          {phone ? t('filters.toggle') : t('filters.more')}
        </Button>
      </Group>
      <Collapse expanded={open} id={moreId}>
        {wanted && (
          <Suspense fallback={null}>
            <FoldedFilters key={dateFieldsKey} params={params} message={message} onChange={onChange} onHint={onHint} onUnreadableDate={onUnreadableDate}>
              {phone && status}
              {phone && paymentState}
            </FoldedFilters>
          </Suspense>
        )}
      </Collapse>
      {/* With no filter left, the focus goes back to the search box, the form's first field. */}
      <ActiveFilterChips params={params} onChange={onChange} onClear={onClear} onNoneLeft={() => form.current?.querySelector('input')?.focus()} />
    </form>
  );
}
