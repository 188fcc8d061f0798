import { Alert, Button, Group, Stack, Table } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Ticket } from '@/contract/support';
import { TypedParagraph } from '@/components/typed-text';
import { useFormat } from '@/lib/format';
import { topicRows } from '../lib/topic-rows';
import { supportPaths } from '../paths';
import typedClasses from '@/components/typed-text.module.css';

/** The ticket number and what was sent, so the user can quote it later. */
export function SentSummary({ ticket, onWriteAnother }: { ticket: Ticket; onWriteAnother: () => void }) {
  const { t } = useTranslation('support');
  const format = useFormat();
  const confirmation = useRef<HTMLDivElement>(null);
  // The form and its send button are gone: focus moves to the confirmation rather than to <body>.
  useEffect(() => confirmation.current?.focus(), []);
  const rows: [string, string][] = [
    [t('fields.topic'), t(`topics.${ticket.topic}`)],
    [t('fields.name'), `${ticket.firstName} ${ticket.lastName}`],
    [t('fields.merchantId'), ticket.merchantId],
    [t('fields.email'), ticket.email],
    [t('fields.orderReference'), ticket.orderReference ?? '—'],
    [t('fields.customerId'), ticket.customerId ?? '—'],
    ...topicRows(ticket, t, format),
  ];
  return (
    <Stack gap="md">
      <Alert ref={confirmation} tabIndex={-1} color="green" icon={<IconCircleCheck aria-hidden />} title={t('sent.title', { ticketNumber: ticket.ticketNumber })} role="status">
        {t('sent.body', { date: format.dateTime(ticket.createdAt) })}
      </Alert>
      <Table>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row" w={220}>
                {label}
              </Table.Th>
              <Table.Td className={typedClasses.typed}>{value}</Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Th scope="row">{t('fields.message')}</Table.Th>
            <Table.Td>
              <TypedParagraph text={ticket.message} />
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      <Group gap="sm">
        <Button component={Link} to={supportPaths.ticket(ticket.ticketNumber)}>
          {t('sent.open')}
        </Button>
        <Button variant="light" onClick={onWriteAnother}>
          {t('sent.another')}
        </Button>
      </Group>
    </Stack>
  );
}
