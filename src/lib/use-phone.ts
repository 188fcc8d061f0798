import { em } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';

/**
 * Whether the screen is narrower than Mantine's `sm` breakpoint (48em), where lists become cards.
 * Read before the first paint, so a phone never draws the wide table first.
 */
export function usePhone(): boolean {
  return useMediaQuery(`(max-width: ${em(767.98)})`, false, { getInitialValueInEffect: false });
}
