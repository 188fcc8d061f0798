import { Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { OrderDetail } from '@/contract/orders';
import { useFormat } from '@/lib/format';
import { languages } from '@/lib/i18n';
import { useDownloadDocument } from '../api/download-document';
import { hasExpired } from '../lib/order-figures';

/** Why there is no document: a cancelled order was never activated, so it never gets an invoice. */
function noneKey(order: OrderDetail) {
  if (hasExpired(order)) return 'documents.noneExpired';
  if (order.status === 'cancelled') return 'documents.noneCancelled';
  return 'documents.none';
}

/** The invoice of an activated order and every credit note, each a PDF to download. */
export function OrderDocuments({ order }: { order: OrderDetail }) {
  const { t, i18n } = useTranslation('orders');
  const format = useFormat();
  const languageName = languages.find(({ code }) => code === i18n.language)?.label ?? i18n.language;
  const download = useDownloadDocument({
    onError: () => notifications.show({ color: 'red', title: t('documents.failedTitle'), message: t('documents.failed') }),
  });
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h3" mb="sm">
        {t('documents.heading')}
      </Title>
      {order.documents.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t(noneKey(order))}
        </Text>
      ) : (
        // On a phone the table scrolls inside its card rather than widening the page.
        <Table.ScrollContainer minWidth={440}>
          <Table>
            <caption className="visually-hidden">{t('documents.heading')}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('documents.type')}</Table.Th>
                <Table.Th>{t('documents.number')}</Table.Th>
                <Table.Th>{t('documents.issued')}</Table.Th>
                <Table.Th ta="right">{t('documents.amount')}</Table.Th>
                <Table.Th>
                  <span className="visually-hidden">{t('documents.download')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {order.documents.map((document) => (
                <Table.Tr key={document.id}>
                  <Table.Td>{t(`documents.types.${document.type}`)}</Table.Td>
                  <Table.Td ff="monospace">{document.number}</Table.Td>
                  <Table.Td>{format.date(document.issuedAt)}</Table.Td>
                  <Table.Td ta="right">{format.money(document.amount, order.currency)}</Table.Td>
                  <Table.Td>
                    {/* The shopper's language by default (the document they receive); the reader's own on request. */}
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        size="compact-sm"
                        variant="light"
                        leftSection={<IconFileTypePdf size={14} aria-hidden />}
                        loading={download.isPending && download.variables?.documentId === document.id && !download.variables.language}
                        aria-label={t('documents.downloadLabel', { number: document.number })}
                        onClick={() => download.mutate({ orderNumber: order.orderNumber, documentId: document.id, number: document.number })}
                      >
                        {t('documents.pdf')}
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        loading={download.isPending && download.variables?.documentId === document.id && Boolean(download.variables.language)}
                        aria-label={t('documents.downloadInLabel', { number: document.number, language: languageName })}
                        onClick={() =>
                          download.mutate({ orderNumber: order.orderNumber, documentId: document.id, number: document.number, language: i18n.language })
                        }
                      >
                        {t('documents.inLanguage', { language: languageName })}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
