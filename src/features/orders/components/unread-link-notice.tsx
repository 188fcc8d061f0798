import { Alert, List, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { filterLabelKeys } from '../lib/filter-labels';
import { unreadListValues, type ListParamName } from '../lib/unread-link';

/** The catalogue key naming each of the list's parameters: the filter's own label where it is one. */
const paramLabels = {
  ...filterLabelKeys,
  sort: 'unreadLink.params.sort',
  order: 'unreadLink.params.order',
  page: 'unreadLink.params.page',
  pageSize: 'unreadLink.params.pageSize',
} as const satisfies Record<ListParamName, string>;

/**
 * Says which values of the address the list left out (a link mistyped or cut short), rather than
 * show the orders without them as if the link had asked for that. Gone once dismissed, or once
 * the user changes the view: the list then writes an address of its own.
 */
export function UnreadLinkNotice() {
  const { t } = useTranslation('orders');
  const [search] = useSearchParams();
  const address = search.toString();
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (dismissed === address) return null;
  const unread = unreadListValues(search);
  if (unread.length === 0) return null;
  return (
    <Alert color="yellow" title={t('unreadLink.title')} withCloseButton closeButtonLabel={t('unreadLink.dismiss')} onClose={() => setDismissed(address)}>
      <Text size="sm">{t('unreadLink.body')}</Text>
      <List size="sm" mt={4}>
        {unread.map(({ name, value }) => (
          <List.Item key={name}>{t('unreadLink.value', { param: t(paramLabels[name]), value })}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
