import { Badge, Group, Modal, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ticketNumberPattern } from '@/contract/support';
import { isActionOpen } from '@/contract/order-action-statuses';
import type { Session } from '@/features/auth';
import { orderViewsQueryOptions } from '@/features/orders/api/get-order-views';
import { ordersQueryOptions } from '@/features/orders/api/get-orders';
import { defaultListParams } from '@/features/orders/lib/list-params';
import { orderPaths } from '@/features/orders/paths';
import { statementPaths } from '@/features/statements/paths';
import { supportPaths } from '@/features/support/paths';
import { utcToday } from '@/lib/calendar-days';
import { useDataMode } from '@/lib/data-mode';
import { readWeekName } from '@/lib/iso-week';
import { can } from '@/lib/permissions';
import { matching, type PalettePage } from './palette-pages';
import { usePaletteActions } from './use-palette-actions';

/** One line of the palette: what it says (as text, and as shown when that differs), and what choosing it does. */
type Command = {
  id: string;
  label: string;
  content?: ReactNode;
  detail?: string;
  group: 'pages' | 'actions' | 'orders' | 'tickets' | 'statements';
  run: () => void;
};

/** Searches start at two characters: one matches half the orders and tells nothing. */
const minimumSearch = 2;

/** `onClose`: closed without a command; `onRan`: closed by the command it ran. */
type Props = { session: Session; pages: PalettePage[]; initialText: string; onClose: () => void; onRan: () => void };

/**
 * Go to any page, change the data, appearance or language, sign out, or find an order (number,
 * payment reference, customer) and act on it, from the keyboard. A combobox over a list of
 * commands: arrows move, Enter runs, Escape closes.
 */
export default function CommandPalette({ session, pages, initialText, onClose, onRan }: Props) {
  const { t } = useTranslation(['shell', 'orders']);
  const navigate = useNavigate();
  const mode = useDataMode();
  const listId = useId();
  const [text, setText] = useState(initialText);
  const [active, setActive] = useState(0);
  const [search] = useDebouncedValue(text.trim(), 150);
  const actions = usePaletteActions(session);
  const orders = useQuery({
    ...ordersQueryOptions(mode, { ...defaultListParams, q: search, pageSize: 5 }),
    enabled: search.length >= minimumSearch,
  });

  const go = (to: string, state?: unknown) => {
    onRan();
    void navigate(to, { state });
  };
  // A ticket number or a week typed whole ("2026-W45", "W45", "week 45") opens that ticket or that
  // week's statement, first: a support agent is quoted the one, a finance clerk the other.
  const quoted = text.trim().toUpperCase();
  // A week without its year is the latest of that number by the backend's day (a demo or a test
  // may set its clock); the device's only until the views have answered.
  const views = useQuery(orderViewsQueryOptions(mode));
  const week = readWeekName(text, views.data?.today ?? utcToday());
  const opened: Command[] = [
    ...(ticketNumberPattern.test(quoted)
      ? [{ id: `ticket-${quoted}`, group: 'tickets' as const, label: t('palette.openTicket', { ticketNumber: quoted }), run: () => go(supportPaths.ticket(quoted)) }]
      : []),
    ...(week && can(session.user.role, 'statements:read')
      ? [{ id: `statement-${week}`, group: 'statements' as const, label: t('palette.openStatement', { week }), run: () => go(statementPaths.detail(week)) }]
      : []),
  ];
  // The pages and, once something is typed, the commands: those whose name holds every word typed
  // first, pages and commands alike ("live" runs "Switch to live data" before it opens the page that
  // mentions going live).
  const findable = [...pages.map((page) => ({ ...page, kind: 'page' as const })), ...(text.trim() === '' ? [] : actions.map((action) => ({ ...action, kind: 'action' as const })))];
  const commands: Command[] = [
    ...opened,
    ...matching(findable, text).map((item): Command =>
      item.kind === 'page'
        ? { id: `page-${item.to}`, group: 'pages', label: t('palette.goTo', { page: item.label }), detail: item.section, run: () => go(item.to) }
        : {
            id: item.id,
            group: 'actions',
            label: item.label,
            content: item.content,
            // The command changes this page in place: the focus goes back to what had it, as on Escape.
            run: () => {
              onClose();
              item.run();
            },
          },
    ),
  ];
  const found = search.length >= minimumSearch ? (orders.data?.items ?? []) : [];
  for (const order of found) {
    const detail = `${order.customer.name} · ${t(`orders:status.${order.status}`)}`;
    const path = orderPaths.detail(order.orderNumber);
    commands.push({ id: `open-${order.orderNumber}`, group: 'orders', label: t('palette.openOrder', { orderNumber: order.orderNumber }), detail, run: () => go(path) });
    if (isActionOpen('activate', order.status) && can(session.user.role, 'orders:change')) {
      commands.push({
        id: `activate-${order.orderNumber}`,
        group: 'orders',
        label: t('palette.activateOrder', { orderNumber: order.orderNumber }),
        detail,
        // The order page opens its activation dialog, which asks for the confirmation.
        run: () => go(path, { openAction: 'activate' }),
      });
    }
    if (can(session.user.role, 'support:write')) {
      commands.push({
        id: `support-${order.orderNumber}`,
        group: 'orders',
        label: t('palette.contactSupport', { orderNumber: order.orderNumber }),
        detail,
        run: () => go(supportPaths.page({ order: order.orderNumber })),
      });
    }
  }
  const current = Math.min(active, commands.length - 1);
  const optionId = (index: number) => `${listId}-${index}`;
  const searching = search.length >= minimumSearch && orders.isFetching;

  return (
    <Modal opened onClose={onClose} title={t('palette.title')} size="lg" closeButtonProps={{ 'aria-label': t('palette.close') }}>
      <Stack gap="xs">
        <TextInput
          data-autofocus
          // A week opens a statement, which only admins and finance read.
          label={t(can(session.user.role, 'statements:read') ? 'palette.label' : 'palette.labelWithoutWeeks')}
          description={t('palette.hint')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={text}
          role="combobox"
          aria-expanded={commands.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={commands.length > 0 ? optionId(current) : undefined}
          onChange={(event) => {
            setText(event.currentTarget.value);
            setActive(0);
          }}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault();
              const step = event.key === 'ArrowDown' ? 1 : -1;
              setActive((current + step + commands.length) % Math.max(commands.length, 1));
            } else if (event.key === 'Enter' && commands[current]) {
              event.preventDefault();
              commands[current].run();
            }
          }}
        />
        {/* Said once the answer is in: how many commands there are now. */}
        <Text role="status" size="sm" c="dimmed">
          {searching ? t('palette.searching') : t('palette.results', { count: commands.length })}
        </Text>
        <Stack component="ul" id={listId} role="listbox" aria-label={t('palette.list')} gap={2} p={0} m={0} style={{ listStyle: 'none' }}>
          {commands.map((command, index) => (
            <UnstyledButton
              component="li"
              key={command.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === current}
              tabIndex={-1}
              onMouseEnter={() => setActive(index)}
              onClick={command.run}
              px="sm"
              py={6}
              style={{ borderRadius: 'var(--mantine-radius-sm)', background: index === current ? 'var(--mantine-primary-color-light)' : undefined }}
            >
              <Group justify="space-between" wrap="nowrap">
                <Text size="sm" fw={index === current ? 600 : 400}>
                  {command.content ?? command.label}
                </Text>
                <Group gap="xs" wrap="nowrap">
                  {command.detail && (
                    <Text size="xs" c="dimmed">
                      {command.detail}
                    </Text>
                  )}
                  {/* What kind of line it is, for the eye: the label already says it. */}
                  <Badge variant="light" color="gray" size="xs" aria-hidden>
                    {t(`palette.group.${command.group}`)}
                  </Badge>
                </Group>
              </Group>
            </UnstyledButton>
          ))}
        </Stack>
      </Stack>
    </Modal>
  );
}
