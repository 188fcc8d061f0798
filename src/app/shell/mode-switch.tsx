import { SegmentedControl, Text, VisuallyHidden } from '@mantine/core';
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
        color={mode === 'test' ? 'orange.9' : 'indigo'}
        data={[
          { value: 'live', label: <Text size="xs" fw={600}>{t('mode.live')}</Text> },
          { value: 'test', label: <Text size="xs" fw={600}>{t('mode.test')}</Text> },
        ]}
      />
    </div>
  );
}
