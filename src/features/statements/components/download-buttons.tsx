import { Button, Group, SimpleGrid, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileCode, IconFileSpreadsheet, IconFileTypePdf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { StatementFormat } from '../api/api-paths';
import { useDownloadStatement } from '../api/download-statement';

type Props = {
  week: string;
  size?: string;
  /**
   * One row of three; or, for the statements table, two rows (CSV and PDF, then camt.053 under both),
   * as one row is too wide for it at 1280 px; or one button under another, as wide as the widest,
   * for its folded layout on narrower screens, as tall as a row's week already is.
   */
  arrangement?: 'row' | 'grid' | 'column';
};

/** CSV for spreadsheets, PDF for the records, camt.053 for accounting software that reads bank statements. */
export function DownloadButtons({ week, size = 'compact-sm', arrangement = 'row' }: Props) {
  const { t } = useTranslation('statements');
  const download = useDownloadStatement({
    onError: () => notifications.show({ color: 'red', title: t('download.failedTitle'), message: t('download.failed') }),
  });
  const button = (format: StatementFormat, Icon: typeof IconFileTypePdf, style?: { gridColumn: string }) => (
    <Button
      size={size}
      style={style}
      variant="light"
      leftSection={<Icon size={14} aria-hidden />}
      loading={download.isPending && download.variables?.format === format && download.variables.week === week}
      onClick={() => download.mutate({ week, format })}
      aria-label={t(`download.${format}Label`, { week })}
    >
      {t(`download.${format}`)}
    </Button>
  );
  if (arrangement === 'column') {
    return (
      <Stack gap={4} w="max-content">
        {button('csv', IconFileSpreadsheet)}
        {button('pdf', IconFileTypePdf)}
        {button('camt053', IconFileCode)}
      </Stack>
    );
  }
  if (arrangement === 'grid') {
    return (
      <SimpleGrid cols={2} spacing="xs" verticalSpacing={6} w="max-content">
        {button('csv', IconFileSpreadsheet)}
        {button('pdf', IconFileTypePdf)}
        {button('camt053', IconFileCode, { gridColumn: 'span 2' })}
      </SimpleGrid>
    );
  }
  // On the narrowest screens the row wraps rather than run past the edge.
  return (
    <Group gap="xs">
      {button('csv', IconFileSpreadsheet)}
      {button('pdf', IconFileTypePdf)}
      {button('camt053', IconFileCode)}
    </Group>
  );
}
