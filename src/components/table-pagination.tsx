import { Group, Pagination, Text } from '@mantine/core';
import { memo, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import { Select } from '@/components/select';

type Props = {
  page: number;
  pageSize: number;
  total: number;
  onPageChange: (page: number) => void;
  /** Without these the page size is fixed and no choice is offered. */
  pageSizes?: readonly number[];
  onPageSizeChange?: (pageSize: number) => void;
};

/**
 * Server-side paging: the range shown, the total count, page size and page links. Memoised: given
 * callbacks that stay the same, a list that is loading its next page does not render it again.
 */
export const TablePagination = memo(function TablePagination({ page, pageSize, total, pageSizes, onPageChange, onPageSizeChange }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const pageSizeId = useId();
  const pagerRef = useRef<HTMLDivElement>(null);
  // A new page is read from its top. The pager closes the block of its list: when that block's top
  // has scrolled out of sight (under the page's header too), it is brought back into view.
  const turnTo = (next: number) => {
    onPageChange(next);
    const list = pagerRef.current?.parentElement;
    if (list && list.getBoundingClientRect().top < parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop || '0')) {
      list.scrollIntoView({ block: 'start' });
    }
  };
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const first = Math.min(total, (page - 1) * pageSize + 1);
  const last = Math.min(total, page * pageSize);
  return (
    <Group ref={pagerRef} justify="space-between" wrap="wrap" gap="sm">
      <Text size="sm" aria-live="polite">
        {t('pagination.range', { first: format.number(first), last: format.number(last), total: format.number(total) })}
      </Text>
      <Group gap="md">
        {pageSizes && onPageSizeChange && (
          // The label sits beside its narrow select on one line rather than wrapping above it.
          <Group gap="xs" wrap="nowrap">
            <Text component="label" htmlFor={pageSizeId} size="sm" style={{ whiteSpace: 'nowrap' }}>
              {t('pagination.pageSize')}
            </Text>
            <Select
              id={pageSizeId}
              size="xs"
              w={80}
              allowDeselect={false}
              data={pageSizes.map(String)}
              value={String(pageSize)}
              onChange={(value) => value && onPageSizeChange(Number(value))}
            />
          </Group>
        )}
        <Pagination
          total={pageCount}
          value={Math.min(page, pageCount)}
          onChange={turnTo}
          size="sm"
          getControlProps={(control) => ({
            'aria-label': control === 'next' ? t('pagination.next') : control === 'previous' ? t('pagination.previous') : control === 'first' ? t('pagination.first') : t('pagination.last'),
          })}
          getItemProps={(item) => ({ 'aria-label': t('pagination.page', { page: item }) })}
        />
      </Group>
    </Group>
  );
});
