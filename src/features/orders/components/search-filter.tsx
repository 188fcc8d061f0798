import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '@/contract/common';
import { useCurrentMerchantId } from '@/lib/current-user';
import { followUrlQuery } from '../lib/search-box';

type Props = {
  /** The search in the URL. */
  query: string;
  error?: string;
  onSearch: (q: string) => void;
  /** Hears of each keystroke's text at once, so that its list can be asked for during the pause. */
  onHint?: (q: string) => void;
  className?: string;
};

/** The search box: it sends what is typed shortly after, and follows the URL without undoing typing. */
export function SearchFilter({ query, error, onSearch, onHint, className }: Props) {
  const { t } = useTranslation('orders');
  // Payment references end with the merchant's own id: the example shows the user's.
  const merchantId = useCurrentMerchantId() ?? '';
  const [search, setSearch] = useState(query);
  const [followedQuery, setFollowedQuery] = useState(query);
  // Queries this box sent that the URL has not shown yet: their arrival must not undo typing.
  const [sent, setSent] = useState<string[]>([]);
  if (query !== followedQuery) {
    setFollowedQuery(query);
    const next = followUrlQuery(query, search, sent);
    setSent(next.sent);
    if (next.box !== search) setSearch(next.box);
  }
  const sendSearch = (text: string) => {
    const q = text.trim();
    if (q !== query) setSent((earlier) => [...earlier, q]);
    onSearch(q);
  };
  // Short enough that the rows follow the typing (the previous rows stay, marked stale, meanwhile).
  const commitSearch = useDebouncedCallback(sendSearch, 100);

  return (
    <TextInput
      className={className}
      label={t('filters.search')}
      description={t('filters.searchHint', { merchantId })}
      leftSection={<IconSearch size={16} aria-hidden />}
      value={search}
      // The API reads no longer search: a longer one would be refused, and the list would fall back to every order.
      maxLength={limits.searchLength}
      error={error}
      onChange={(event) => {
        setSearch(event.currentTarget.value);
        onHint?.(event.currentTarget.value.trim());
        commitSearch(event.currentTarget.value);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          commitSearch.cancel?.();
          sendSearch(search);
        }
      }}
    />
  );
}
