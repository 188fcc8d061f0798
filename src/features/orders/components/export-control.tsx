import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CsvFormatChoice } from '@/components/csv-format-choice';
import { useFormat } from '@/lib/format';
import { useExportOrders } from '../api/export-orders';
import type { ExportProgress } from '../lib/export-progress';
import type { OrderListParams } from '../lib/list-params';

type Props = { params: OrderListParams; disabled: boolean };

/**
 * The CSV export of the list: while it downloads, how many rows are in and a button to cancel it.
 * One button serves both, so keyboard focus stays on it when it turns into Cancel and back.
 */
export function ExportControl({ params, disabled }: Props) {
  const { t } = useTranslation('orders');
  const exporting = useExportOrders({
    onError: () => notifications.show({ color: 'red', title: t('export.failedTitle'), message: t('export.failed') }),
  });
  return (
    <Group gap="sm">
      <CsvFormatChoice />
      <Text size="sm" c="dimmed" role="status">
        {exporting.progress && <ProgressText progress={exporting.progress} />}
      </Text>
      <Button
        variant="default"
        leftSection={exporting.isPending ? <IconX size={16} aria-hidden /> : <IconDownload size={16} aria-hidden />}
        disabled={disabled && !exporting.isPending}
        onClick={() => (exporting.isPending ? exporting.cancel() : exporting.start(params))}
      >
        {exporting.isPending ? t('export.cancel') : t('export.button')}
      </Button>
    </Group>
  );
}

function ProgressText({ progress: { rows, total } }: { progress: ExportProgress }) {
  const { t } = useTranslation('orders');
  const format = useFormat();
  if (rows === 0 && total === null) return t('export.preparing');
  if (total === null) return t('export.progressUnknown', { count: rows, rows: format.number(rows) });
  return t('export.progress', { count: total, rows: format.number(rows), total: format.number(total) });
}
