import { SegmentedControl, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { setDataMode, useDataMode, type DataMode } from '@/lib/data-mode';

export function ModeSwitch() {
  const { t } = useTranslation('shell');
  const mode = useDataMode();
  const labelId = useId();
  return (
    <div role="group" aria-labelledby={labelId}>
      <VisuallyHidden id={labelId}>{t('mode.label')}</VisuallyHidden>
      <SegmentedControl
        size="xs"
        value={mode}
        onChange={(value) => setDataMode(value as DataMode)}
        color={mode === 'test' ? 'yellow.4' : 'indigo'}
        autoContrast
        fw={600}
        data={[
          { value: 'live', label: t('mode.live') },
          { value: 'test', label: t('mode.test') },
        ]}
      />
    </div>
  );
}
