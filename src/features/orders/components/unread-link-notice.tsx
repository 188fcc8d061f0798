import { Alert, List, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigationType, useSearchParams } from 'react-router';
import { filterLabelKeys } from '../lib/filter-labels';
import { unreadListValues, type ListParamName, type UnreadValue } from '../lib/unread-link';

/** The catalogue key naming each of the list's parameters: the filter's own label where it is one. */
const paramLabels = {
  ...filterLabelKeys,
  sort: 'unreadLink.params.sort',
  order: 'unreadLink.params.order',
  page: 'unreadLink.params.page',
  pageSize: 'unreadLink.params.pageSize',
} as const satisfies Record<ListParamName, string>;

const shownLength = 60;
const shortened = (value: string) => (value.length > shownLength ? `${value.slice(0, shownLength)}…` : value);

/**
 * Says which values of the address the list left out (a link mistyped or cut short), rather than
 * show the orders without them as if the link had asked for that. Gone once dismissed, or once
 * the user changes the view: the list then writes an address of its own. The list's own
 * correction of the address (a page past the last one) replaces it and keeps the notice.
 */
export function UnreadLinkNotice() {
  const { t } = useTranslation('orders');
  const [search] = useSearchParams();
  const navigationType = useNavigationType();
  const address = search.toString();
  const found = useMemo(() => unreadListValues(search), [search]);
  const [said, setSaid] = useState<{ address: string; unread: UnreadValue[] }>(() => ({ address, unread: found }));
  let unread = said.unread;
  if (said.address !== address) {
    unread = found.length === 0 && navigationType === 'REPLACE' ? said.unread : found;
    setSaid({ address, unread });
  }
  if (unread.length === 0) return null;
  return (
    <Alert color="yellow" title={t('unreadLink.title')} withCloseButton closeButtonLabel={t('unreadLink.dismiss')} onClose={() => setSaid({ address, unread: [] })}>
      <Text size="sm">{t('unreadLink.body')}</Text>
      <List size="sm" mt={4}>
        {unread.map(({ name, value }) => (
          // A value pasted or cut wrong may run to pages of characters without a space: its start tells enough.
          <List.Item key={name} style={{ overflowWrap: 'anywhere' }}>
            {t('unreadLink.value', { param: t(paramLabels[name]), value: shortened(value) })}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
