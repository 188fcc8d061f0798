import { Button, Chip, Group, Input, Stack, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LiveStatus } from '@/components/live-status';
import { EmptyState, ErrorState, LoadingState } from '@/components/query-states';
import { limits } from '@/contract/common';
import { ticketStatuses, type TicketStatus } from '@/contract/support';
import { useFormat } from '@/lib/format';
import { useTicketSearch } from '../api/get-tickets';
import { readTicketFilters, writeTicketFilters } from '../lib/ticket-filters';
import { TicketList } from './tickets-table';

/** How long typing pauses before the search goes into the address and to the API. */
const searchSettleMs = 250;

/**
 * The requests of everyone in the merchant's team, newest first, under the heading of id
 * `labelledBy`: narrowed to some states (each with how many of the tickets the words typed find are
 * in it) and to the words typed, both kept in the address so that a reload or a shared link shows
 * the same list.
 */
export function TeamTickets({ labelledBy }: { labelledBy: string }) {
  const { t } = useTranslation('support');
  const { locale } = useFormat();
  const [search, setSearch] = useSearchParams();
  const filters = readTicketFilters(search);
  const filtered = filters.status.length > 0 || filters.q.trim() !== '';
  const q = filters.q.trim() || undefined;
  // The tickets the words typed find, in every state, for the states' counts; with no words, the
  // same request as the navigation's unread count.
  const counted = useTicketSearch({ q });
  const found = useTicketSearch({ status: filters.status, q });
  const searchField = useRef<HTMLInputElement>(null);

  // What is typed shows at once; the address follows once typing pauses, and a new address
  // (going back, clearing) puts its own words in the field.
  const [typed, setTyped] = useState(filters.q);
  const [shownQ, setShownQ] = useState(filters.q);
  if (shownQ !== filters.q) {
    setShownQ(filters.q);
    setTyped(filters.q);
  }
  // Each change is a step of the browser's history, as on the orders list: Back undoes it.
  const searchFor = useDebouncedCallback((words: string) => {
    setSearch((current) => writeTicketFilters(current, { ...readTicketFilters(current), q: words }));
  }, searchSettleMs);
  const showStates = (status: string[]) => setSearch((current) => writeTicketFilters(current, { ...readTicketFilters(current), status: status as TicketStatus[] }));
  const clear = () => {
    setSearch((current) => writeTicketFilters(current, { status: [], q: '' }));
    // The button goes with the filters: the keyboard carries on from the search.
    searchField.current?.focus();
  };

  const count = (status: TicketStatus) => counted.data?.items.filter((ticket) => ticket.status === status).length;
  const listed = found.data && !found.isPlaceholderData ? found.data.items.length : undefined;

  return (
    <Stack gap="md">
      <Group align="flex-end" gap="lg">
        <TextInput
          ref={searchField}
          label={t('tickets.search')}
          placeholder={t('tickets.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={typed}
          maxLength={limits.searchLength}
          onChange={(event) => {
            setTyped(event.currentTarget.value);
            searchFor(event.currentTarget.value);
          }}
          w={{ base: '100%', sm: 360 }}
        />
        <div role="group" aria-labelledby="ticket-state-filter">
          <Input.Label labelElement="div" id="ticket-state-filter" mb={4}>
            {t('tickets.stateFilter')}
          </Input.Label>
          <Chip.Group multiple value={filters.status} onChange={showStates}>
            <Group gap="xs">
              {ticketStatuses.map((status) => (
                <Chip key={status} value={status} size="sm">
                  {count(status) === undefined ? t(`tickets.statuses.${status}`) : t('tickets.stateCount', { state: t(`tickets.statuses.${status}`), count: count(status) })}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </div>
        {filtered && (
          <Button variant="subtle" onClick={clear}>
            {t('tickets.clearFilters')}
          </Button>
        )}
      </Group>
      {/* What the filters found, said to a screen reader as the list changes. */}
      <LiveStatus>{filtered && listed !== undefined ? (listed === 0 ? t('tickets.noMatch') : t('tickets.matches', { count: listed, locale })) : ''}</LiveStatus>
      {found.isPending ? (
        <LoadingState label={t('tickets.loading')} />
      ) : found.isError ? (
        <ErrorState error={found.error} onRetry={() => void found.refetch()} />
      ) : found.data.items.length === 0 ? (
        <EmptyState title={filtered ? t('tickets.noMatch') : t('tickets.empty')} />
      ) : (
        // Marked busy while the answer to other filters loads over the rows shown before.
        <div aria-busy={found.isPlaceholderData || undefined}>
          <TicketList items={found.data.items} labelledBy={labelledBy} />
        </div>
      )}
    </Stack>
  );
}
