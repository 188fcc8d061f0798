import { useEffect, useState } from 'react';

/**
 * True once `condition` has held for `delayMs` without a break, false again as soon as it ends:
 * for a state worth showing only when it lasts, such as rows waiting for a slow answer (a quick
 * answer then replaces them without a flash, and without repainting them dimmed in between).
 */
export function useHeldFor(condition: boolean, delayMs: number): boolean {
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (!condition) return;
    const timer = window.setTimeout(() => setHeld(true), delayMs);
    return () => {
      window.clearTimeout(timer);
      setHeld(false);
    };
  }, [condition, delayMs]);
  return condition && held;
}
