import { VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * Says to a screen reader what a search or a filter found, without showing it twice on screen. It
 * stays mounted while its text changes: a live region added along with its text is not announced.
 */
export function LiveStatus({ children }: { children: ReactNode }) {
  return (
    <VisuallyHidden role="status" aria-live="polite" aria-atomic>
      {children}
    </VisuallyHidden>
  );
}
