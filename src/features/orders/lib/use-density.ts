import { useLocalStorage } from '@mantine/hooks';

export const densities = ['comfortable', 'compact'] as const;
export type Density = (typeof densities)[number];

function isDensity(value: unknown): value is Density {
  return (densities as readonly unknown[]).includes(value);
}

/**
 * How tightly the list's rows sit, remembered on this device. Compact by default: a full screen
 * holds fifteen orders or more.
 */
export function useDensity(): [Density, (density: Density) => void] {
  const [stored, setStored] = useLocalStorage<unknown>({ key: 'comptoir.orders.density', defaultValue: 'compact', getInitialValueInEffect: false });
  return [isDensity(stored) ? stored : 'compact', setStored];
}
