import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadingState } from '@/components/query-states';
import type { Ticket } from '@/contract/support';
import { useOrderPrefill } from '../api/get-order-prefill';
import type { TicketForm } from '../api/ticket-form';
import { statementWeekOf, topicOf } from '../lib/prefill';
import { SentSummary } from './sent-summary';
import { SupportForm } from './support-form';
import { TeamTickets } from './team-tickets';

type Props = {
  user: { name: string; email: string };
  merchant: { id: string; currency: string };
};

/** Write to the provider's support, and see the requests already sent. */
export function SupportPage({ user, merchant }: Props) {
  const { t } = useTranslation('support');
  const [search] = useSearchParams();
  const orderNumber = search.get('order');
  const orderTopic = topicOf(search.get('topic'));
  const statementWeek = statementWeekOf(search.get('statement'));
  const order = useOrderPrefill(orderNumber);
  const [sent, setSent] = useState<Ticket | null>(null);
  const [formKey, setFormKey] = useState(0);
  const formTitle = useRef<HTMLHeadingElement>(null);
  // "Write another" replaced the summary holding the focus with a fresh form: focus goes to its title.
  useEffect(() => {
    if (formKey > 0) formTitle.current?.focus();
  }, [formKey]);

  const [firstName = '', ...rest] = user.name.split(' ');
  const defaults: TicketForm = {
    firstName,
    lastName: rest.join(' '),
    merchantId: merchant.id,
    email: user.email,
    topic: undefined,
    orderReference: '',
    customerId: '',
    message: '',
    wishedDueDate: '',
    paymentDate: '',
    paidAmount: '',
    shopperBankReference: '',
  };

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('page.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('page.subtitle')}
        </Text>
      </div>
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h3" mb="md" id="support-form-title" ref={formTitle} tabIndex={-1}>
          {t('form.title')}
        </Title>
        {orderNumber && order.isError && (
          <Alert color="orange" mb="md">
            {t('form.orderNotFound', { orderNumber })}
          </Alert>
        )}
        {sent ? (
          <SentSummary
            ticket={sent}
            onWriteAnother={() => {
              setSent(null);
              setFormKey((key) => key + 1);
            }}
          />
        ) : orderNumber && order.isPending ? (
          <LoadingState />
        ) : (
          <SupportForm
            key={formKey}
            userEmail={user.email}
            defaults={defaults}
            order={order.data}
            orderTopic={orderTopic}
            statementWeek={statementWeek}
            currency={merchant.currency}
            onSent={setSent}
          />
        )}
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h3" mb="md" id="support-tickets-title">
          {t('tickets.title')}
        </Title>
        <TeamTickets labelledBy="support-tickets-title" />
      </Paper>
    </Stack>
  );
}
