import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderDetail } from '@/contract/orders';
import { shopperLanguage } from '@/contract/shopper-language';
import { useFormat } from '@/lib/format';
import { useDownloadDocument } from '../api/download-document';
import { languageName } from '../lib/language-name';
import { hasExpired } from '../lib/order-figures';
import classes from './order-documents.module.css';
import { documentDay } from '../lib/order-figures';

/** Why there is no document: a cancelled order was never activated, so it never gets an invoice. */
function noneKey(order: OrderDetail) {
  if (hasExpired(order)) return 'documents.noneExpired';
  if (order.status === 'cancelled') return 'documents.noneCancelled';
  return 'documents.none';
}

/**
 * The invoice of an activated order and every credit note, each a PDF to download. One document per
 * line, whose download buttons go under it when the card is too narrow for both.
 */
export function OrderDocuments({ order }: { order: OrderDetail }) {
  const { t, i18n } = useTranslation('orders');
  const format = useFormat();
  const headingId = useId();
  // The API writes a document in the shopper's language unless asked for the reader's.
  const reader = i18n.language;
  const shopper = shopperLanguage(order.billingAddress);
  const download = useDownloadDocument({
    onError: () => notifications.show({ color: 'red', title: t('documents.failedTitle'), message: t('documents.failed') }),
  });
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h3" mb="sm" id={headingId}>
        {t('documents.heading')}
      </Title>
      {order.documents.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t(noneKey(order))}
        </Text>
      ) : (
        <Stack component="ul" gap="sm" aria-labelledby={headingId} className={classes.list}>
          {order.documents.map((document) => (
            <Group component="li" key={document.id} justify="space-between" gap="xs" className={classes.document}>
              <div>
                <Text fw={600}>
                  {t(`documents.types.${document.type}`)}{' '}
                  <Text span ff="monospace" size="sm" className={classes.whole}>
                    {document.number}
                  </Text>
                </Text>
                <Text size="sm" c="dimmed">
                  {t('documents.issuedOn', { date: format.date(documentDay(document)) })} ·{' '}
                  <span className={classes.whole}>{format.money(document.amount, order.currency)}</span>
                </Text>
              </div>
              <Group gap="xs">
                <Button
                  size="compact-sm"
                  variant="light"
                  leftSection={<IconFileTypePdf size={14} aria-hidden />}
                  loading={download.isPending && download.variables?.documentId === document.id && !download.variables.language}
                  aria-label={t('documents.downloadLabel', { number: document.number, language: languageName(shopper, reader) })}
                  onClick={() => download.mutate({ orderNumber: order.orderNumber, documentId: document.id, number: document.number })}
                >
                  {t('documents.pdf', { language: languageName(shopper, reader) })}
                </Button>
                {reader !== shopper && (
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    loading={download.isPending && download.variables?.documentId === document.id && Boolean(download.variables.language)}
                    aria-label={t('documents.downloadLabel', { number: document.number, language: languageName(reader, reader) })}
                    onClick={() => download.mutate({ orderNumber: order.orderNumber, documentId: document.id, number: document.number, language: reader })}
                  >
                    {t('documents.inLanguage', { language: languageName(reader, reader) })}
                  </Button>
                )}
              </Group>
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
