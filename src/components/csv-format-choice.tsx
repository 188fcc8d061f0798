import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { setCsvFormat, useCsvFormat } from '@/lib/csv-format';

/** Spreadsheet (in the user's language) or standard RFC 4180: chosen beside a CSV download, and remembered. */
export function CsvFormatChoice() {
  const { t } = useTranslation();
  const format = useCsvFormat();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('csv.label')}
      value={format}
      onChange={(value) => setCsvFormat(value === 'rfc4180' ? 'rfc4180' : 'excel')}
      data={[
        { value: 'excel', label: t('csv.spreadsheet') },
        { value: 'rfc4180', label: t('csv.standard') },
      ]}
    />
  );
}
