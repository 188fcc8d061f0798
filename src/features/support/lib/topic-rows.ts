import type { TFunction } from 'i18next';
import type { Ticket } from '@/contract/support';
import type { useFormat } from '@/lib/format';

/**
 * The fields a ticket's topic adds (a wished due date, a missing payment's day, amount and bank
 * reference), as label and value: the same rows in the confirmation and on the ticket's page.
 */
export function topicRows(ticket: Ticket, t: TFunction<'support'>, format: ReturnType<typeof useFormat>): [string, string][] {
  const rows: [string, string | null][] = [
    [t('fields.wishedDueDate'), ticket.wishedDueDate && format.date(ticket.wishedDueDate)],
    [t('fields.paymentDate'), ticket.paymentDate && format.date(ticket.paymentDate)],
    [t('ticket.paidAmount'), ticket.paidAmount === null ? null : format.money(ticket.paidAmount, ticket.currency)],
    [t('fields.shopperBankReference'), ticket.shopperBankReference],
  ];
  return rows.filter((row): row is [string, string] => row[1] !== null && row[1] !== '');
}
