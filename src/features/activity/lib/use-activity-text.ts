import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useReasonWords } from '@/components/reason-text';
import { orderActivityKinds, ticketActivityKinds, type ActivityItem } from '@/contract/activity';
import { printedIban } from '@/contract/iban';
import type { DataMode } from '@/lib/data-mode';
import { useFormat } from '@/lib/format';

export type SubjectPaths = {
  orderPath: (orderNumber: string) => string;
  ticketPath: (ticketNumber: string) => string;
};

/** Where the order or ticket a line names is opened, in the world of the change. */
export type SubjectLink = { to: string; label: string; mode: DataMode };

const orderKinds = new Set<string>(orderActivityKinds);
const ticketKinds = new Set<string>(ticketActivityKinds);
const roleKinds = new Set<string>(['member-invited', 'member-role-changed', 'invitation-accepted']);
const dayKinds = new Set<string>(['order-expiry-extended', 'payout-account-changed']);

type Words = { t: TFunction<'activity'>; format: ReturnType<typeof useFormat>; reasonWords: ReturnType<typeof useReasonWords> };

/** What the change was, in the reader's words where the log holds a code or a day. */
function detailText(item: ActivityItem, { t, format, reasonWords }: Words): string | null {
  if (item.detail === null) return item.amount !== null && item.currency !== null ? format.money(item.amount, item.currency) : null;
  if (roleKinds.has(item.kind)) {
    const role = (name: string) => t(`roles.${name}`, { defaultValue: name });
    return item.previousDetail === null
      ? t('details.role', { role: role(item.detail) })
      : t('details.roleChanged', { from: role(item.previousDetail), role: role(item.detail) });
  }
  if (dayKinds.has(item.kind)) return t(item.kind === 'order-expiry-extended' ? 'details.expiresOn' : 'details.effectiveFrom', { date: format.date(item.detail) });
  if (item.kind === 'billing-details-changed') {
    // The merchant's own word for a field where its country has one (a Swiss "MWST-Nr.").
    const fieldName = (field: string) => t(`billingFields.${field}`, { defaultValue: field, context: format.country ?? undefined });
    // Lines logged before the log kept the values name the fields alone.
    if (item.changes === null) return t('details.fieldsChanged', { fields: item.detail.split(', ').map(fieldName).join(', ') });
    const shown = (field: string, value: string) => (field === 'country' ? (new Intl.DisplayNames([format.locale], { type: 'region' }).of(value) ?? value) : value);
    // One line per field; the table and the cards keep the line breaks.
    return item.changes.map(({ field, from, to }) => t('details.fieldChange', { field: fieldName(field), from: shown(field, from), to: shown(field, to) })).join('\n');
  }
  const amount = item.amount !== null && item.currency !== null ? `${format.money(item.amount, item.currency)} · ` : '';
  // An order's reason: a known one in the reader's language, a typed one as typed.
  return `${amount}${reasonWords({ code: item.reasonCode, text: item.detail }) ?? ''}`;
}

/** A line of the log in the reader's words, the same in the table and on the phone's cards. */
export function useActivityText({ orderPath, ticketPath }: SubjectPaths) {
  const { t } = useTranslation('activity');
  const format = useFormat();
  const reasonWords = useReasonWords();
  return {
    when: (item: ActivityItem) => format.dateTime(item.at),
    detail: (item: ActivityItem) => detailText(item, { t, format, reasonWords }),
    // A payout account's IBAN in groups of four, as everywhere else it is shown.
    subject: ({ kind, subject }: ActivityItem) => (kind === 'payout-account-changed' && subject !== null ? printedIban(subject) : subject),
    subjectLink: ({ kind, subject, mode }: ActivityItem): SubjectLink | null => {
      if (subject === null || mode === null) return null;
      if (orderKinds.has(kind)) return { to: orderPath(subject), label: t('table.order', { orderNumber: subject }), mode };
      if (ticketKinds.has(kind)) return { to: ticketPath(subject), label: t('table.ticket', { ticketNumber: subject }), mode };
      return null;
    },
  };
}
