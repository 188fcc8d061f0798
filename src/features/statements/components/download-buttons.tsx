import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileCode, IconFileSpreadsheet, IconFileTypePdf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { StatementFormat } from '../api/api-paths';
import { useDownloadStatement } from '../api/download-statement';

/** CSV for spreadsheets, PDF for the records, camt.053 for accounting software that reads bank statements. */
export function DownloadButtons({ week, size = 'compact-sm' }: { week: string; size?: string }) {
  const { t } = useTranslation('statements');
  const download = useDownloadStatement({
    onError: () => notifications.show({ color: 'red', title: t('download.failedTitle'), message: t('download.failed') }),
  });
  const button = (format: StatementFormat, Icon: typeof IconFileTypePdf) => (
    <Button
      size={size}
      variant="light"
      leftSection={<Icon size={14} aria-hidden />}
      loading={download.isPending && download.variables?.format === format && download.variables.week === week}
      onClick={() => download.mutate({ week, format })}
      aria-label={t(`download.${format}Label`, { week })}
    >
      {t(`download.${format}`)}
    </Button>
  );
  return (
    <Group gap="xs" wrap="nowrap">
      {button('csv', IconFileSpreadsheet)}
      {button('pdf', IconFileTypePdf)}
      {button('camt053', IconFileCode)}
    </Group>
  );
}
