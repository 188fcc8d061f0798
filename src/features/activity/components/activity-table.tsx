import { Anchor, Badge, Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TableScroll } from '@/components/table-scroll';
import { useReasonWords } from '@/components/reason-text';
import { orderActivityKinds, ticketActivityKinds, type ActivityItem } from '@/contract/activity';
import { setDataMode } from '@/lib/data-mode';
import { useFormat } from '@/lib/format';

type Props = {
  items: readonly ActivityItem[];
  orderPath: (orderNumber: string) => string;
  ticketPath: (ticketNumber: string) => string;
};

const orderKinds = new Set<string>(orderActivityKinds);
const ticketKinds = new Set<string>(ticketActivityKinds);
const roleKinds = new Set<string>(['member-invited', 'member-role-changed', 'invitation-accepted']);
const dayKinds = new Set<string>(['order-expiry-extended', 'payout-account-changed']);

type Words = { t: TFunction<'activity'>; format: ReturnType<typeof useFormat>; reasonWords: ReturnType<typeof useReasonWords> };

/** What the change was, in the reader's words where the log holds a code or a day. */
function detailText(item: ActivityItem, { t, format, reasonWords }: Words): string | null {
  if (item.detail === null) return item.amount !== null && item.currency !== null ? format.money(item.amount, item.currency) : null;
  if (roleKinds.has(item.kind)) return t('details.role', { role: t(`roles.${item.detail}`, { defaultValue: item.detail }) });
  if (dayKinds.has(item.kind)) return t(item.kind === 'order-expiry-extended' ? 'details.expiresOn' : 'details.effectiveFrom', { date: format.date(item.detail) });
  if (item.kind === 'billing-details-changed') {
    const fields = item.detail.split(', ').map((field) => t(`billingFields.${field}`, { defaultValue: field }));
    return t('details.fieldsChanged', { fields: fields.join(', ') });
  }
  const amount = item.amount !== null && item.currency !== null ? `${format.money(item.amount, item.currency)} · ` : '';
  // An order's reason: a known one in the reader's language, a typed one as typed.
  return `${amount}${reasonWords({ code: item.reasonCode, text: item.detail }) ?? ''}`;
}

export function ActivityTable({ items, orderPath, ticketPath }: Props) {
  const { t } = useTranslation('activity');
  const format = useFormat();
  const reasonWords = useReasonWords();
  // The order or ticket a line names, in the world of the change: its link opens it there.
  const subjectLink = ({ kind, subject, mode }: ActivityItem) => {
    if (subject === null || mode === null) return null;
    if (orderKinds.has(kind)) return { to: orderPath(subject), label: t('table.order', { orderNumber: subject }), mode };
    if (ticketKinds.has(kind)) return { to: ticketPath(subject), label: t('table.ticket', { ticketNumber: subject }), mode };
    return null;
  };
  return (
    // Scrolls sideways on a narrow screen, with a shadow on the side where columns are hidden.
    <TableScroll label={t('table.caption')} minWidth={820}>
      <Table striped>
        <caption className="visually-hidden">{t('table.caption')}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('table.when')}</Table.Th>
            <Table.Th>{t('table.who')}</Table.Th>
            <Table.Th>{t('table.what')}</Table.Th>
            <Table.Th>{t('table.subject')}</Table.Th>
            <Table.Th>{t('table.world')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => {
            const detail = detailText(item, { t, format, reasonWords });
            const link = subjectLink(item);
            return (
              <Table.Tr key={item.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(item.at)}</Table.Td>
                <Table.Td>
                  <Text size="sm">{item.actor?.name ?? t('table.provider')}</Text>
                  {item.actor && item.actor.name !== item.actor.email && (
                    <Text size="xs" c="dimmed">
                      {item.actor.email}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{t(`kinds.${item.kind}`)}</Text>
                  {/* A note may hold a long unbroken word (a pasted address): it breaks rather than widen the column. */}
                  {detail && (
                    <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                      {detail}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {link ? (
                    <Anchor component={Link} to={link.to} onClick={() => setDataMode(link.mode)} size="sm">
                      {link.label}
                    </Anchor>
                  ) : (
                    <Text size="sm">{item.subject}</Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {item.mode ? (
                    <Badge variant="light" color={item.mode === 'live' ? 'green' : 'orange'}>
                      {t(`worlds.${item.mode}`)}
                    </Badge>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('worlds.none')}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
