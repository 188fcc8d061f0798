import { Anchor, Paper, Text, Timeline, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrderDetail } from '@/contract/orders';
import { useFormat } from '@/lib/format';
import { signedEventAmount } from '../lib/order-figures';
import { ChargebackDetails } from './chargeback-details';
import { ReasonText } from '@/components/reason-text';
import { StatementLink } from './statement-link';

/** Something another part of the app knows of the order (a support request about it), placed among its events by time. */
export type TimelineEntry = { id: string; at: string; title: ReactNode; details: ReactNode };

type Item = { at: string } & ({ event: OrderDetail['events'][number] } | { chargeback: OrderDetail['chargebacks'][number] } | { entry: TimelineEntry });

type Props = {
  order: OrderDetail;
  entries?: readonly TimelineEntry[];
  /** The page of a week's statement, for the roles that may read statements. */
  statementPath?: (week: string) => string;
  /** The page of a support request, for the roles that write to support. */
  ticketPath?: (ticketNumber: string) => string;
};

/**
 * Every change of the order and its chargebacks, newest first: what, when, who, amount, reason, and
 * for those that move money the statement that carries it; and the entries given about it.
 */
export function OrderTimeline({ order, entries = [], statementPath, ticketPath }: Props) {
  const { t } = useTranslation('orders');
  const format = useFormat();
  const items: Item[] = [
    ...order.events.map((event) => ({ at: event.at, event })),
    ...order.chargebacks.map((chargeback) => ({ at: chargeback.date, chargeback })),
    ...entries.map((entry) => ({ at: entry.at, entry })),
  ];
  items.sort((a, b) => b.at.localeCompare(a.at));
  const titleOf = (lineId: string) => order.lines.find((line) => line.id === lineId)?.title ?? lineId;
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h3" mb="md">
        {t('timeline.heading')}
      </Title>
      {/* Mantine draws the timeline with divs: the roles let a screen reader count and step through its events. */}
      <Timeline bulletSize={14} lineWidth={2} active={-1} role="list">
        {items.map((item) => {
          if ('entry' in item) {
            return (
              <Timeline.Item key={item.entry.id} title={item.entry.title} role="listitem">
                {item.entry.details}
              </Timeline.Item>
            );
          }
          if ('chargeback' in item) {
            return (
              <Timeline.Item key={`chargeback-${item.chargeback.statementWeek}`} title={t('chargeback.title')} role="listitem">
                <ChargebackDetails chargeback={item.chargeback} currency={order.currency} statementPath={statementPath} />
              </Timeline.Item>
            );
          }
          const { event } = item;
          // The day an extension of its expiry or a move of its due date gave the order.
          const movedTo = event.expiresAt ?? event.dueDate;
          const amount = signedEventAmount(event);
          return (
            <Timeline.Item
              key={event.id}
              role="listitem"
              title={t(`events.${event.type}`, { defaultValue: event.type, date: movedTo && format.date(movedTo) })}>
              <Text size="sm">
                {format.dateTime(event.at)} · {event.actor}
              </Text>
              {amount !== null && (
                <Text size="sm" fw={600}>
                  {format.money(amount, order.currency)}
                </Text>
              )}
              {/* The fee is the statement's: shown to the roles that read statements. */}
              {statementPath && event.statement?.fee != null && (
                <Text size="sm" c="dimmed">
                  {t('timeline.fee', { amount: format.money(event.statement.fee, order.currency) })}
                </Text>
              )}
              {event.ticketNumber && (
                <Text size="sm" c="dimmed">
                  {t('timeline.agreedOnRequest')}{' '}
                  {ticketPath ? (
                    // Underlined: a link in a line of text must not be told apart by its colour alone.
                    <Anchor component={Link} to={ticketPath(event.ticketNumber)} inherit underline="always">
                      {event.ticketNumber}
                    </Anchor>
                  ) : (
                    event.ticketNumber
                  )}
                </Text>
              )}
              {event.reason && (
                <Text size="sm" c="dimmed">
                  {t('reasonLabel')} <ReasonText code={event.reasonCode} text={event.reason} />
                </Text>
              )}
              {event.lines?.map((line) => (
                <Text key={line.lineId} size="sm" c="dimmed">
                  {t('timeline.returnedLine', { quantity: line.quantity, title: titleOf(line.lineId) })}
                  {line.reason && (
                    <>
                      {' · '}
                      <ReasonText code={line.reasonCode} text={line.reason} />
                    </>
                  )}
                </Text>
              ))}
              {statementPath && event.statement && (
                <StatementLink week={event.statement.week} issued={event.statement.issued} statementPath={statementPath} />
              )}
            </Timeline.Item>
          );
        })}
      </Timeline>
    </Paper>
  );
}
