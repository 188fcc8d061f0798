import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { SegmentedChoice } from '@/components/segmented-choice';
import { densities, type Density } from '../lib/use-density';

/** Comfortable or compact rows: compact fits more orders on a screen. Memoised, as the list's other controls. */
export const DensityControl = memo(function DensityControl({ value, onChange }: { value: Density; onChange: (density: Density) => void }) {
  const { t } = useTranslation('orders');
  return (
    <SegmentedChoice
      label={t('density.label')}
      value={value}
      onChange={onChange}
      options={densities.map((density) => ({ value: density, label: t(`density.${density}`) }))}
    />
  );
});
