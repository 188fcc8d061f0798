import { useState } from 'react';

/**
 * True from the first render in which `condition` holds, and for good after: for code loaded on
 * first use (a dialog, a panel) that then stays mounted, so that it closes with its transition.
 */
export function useEverTrue(condition: boolean): boolean {
  const [seen, setSeen] = useState(condition);
  if (condition && !seen) setSeen(true);
  return seen || condition;
}
