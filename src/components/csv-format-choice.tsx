import { useTranslation } from 'react-i18next';
import { setCsvFormat, useCsvFormat } from '@/lib/csv-format';
import { SegmentedChoice } from './segmented-choice';

/** Spreadsheet (in the user's language) or standard RFC 4180: chosen beside a CSV download, and remembered. */
export function CsvFormatChoice() {
  const { t } = useTranslation();
  const format = useCsvFormat();
  return (
    <SegmentedChoice
      label={t('csv.label')}
      value={format}
      onChange={setCsvFormat}
      options={[
        { value: 'excel', label: t('csv.spreadsheet') },
        { value: 'rfc4180', label: t('csv.standard') },
      ]}
    />
  );
}
