import { em } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';

/**
 * How the statements' tables fit the screen, beside the navigation's 220 px from Mantine's `sm` up:
 * - `cards` below Mantine's `md` (62em): a phone, or a tablet held upright, whose 480 to 700 px
 *   leave no room for a week's figures side by side;
 * - `folded` up to 1,280 px: each figure in its column, but the secondary ones in a line under a
 *   main one (a week's count of movements under its dates, its payout date under its net, a
 *   movement's payment reference under its order), so that the table fits 700 to 1,000 px;
 * - `whole` from 1,280 px, where a column each fits in every language (German needs 961 of 994 px).
 * Read before the first paint, as `usePhone` is, so that no screen draws a layout it cannot hold.
 */
export type StatementsLayout = 'cards' | 'folded' | 'whole';

export function useStatementsLayout(): StatementsLayout {
  const cards = useMediaQuery(`(max-width: ${em(991.98)})`, false, { getInitialValueInEffect: false });
  const folded = useMediaQuery(`(max-width: ${em(1279.98)})`, false, { getInitialValueInEffect: false });
  return cards ? 'cards' : folded ? 'folded' : 'whole';
}
