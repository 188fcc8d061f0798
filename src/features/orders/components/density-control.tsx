import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { densities, type Density } from '../lib/use-density';

/** Comfortable or compact rows: compact fits more orders on a screen. */
export function DensityControl({ value, onChange }: { value: Density; onChange: (density: Density) => void }) {
  const { t } = useTranslation('orders');
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('density.label')}
      value={value}
      onChange={(next) => onChange(next as Density)}
      data={densities.map((density) => ({ value: density, label: t(`density.${density}`) }))}
    />
  );
}
