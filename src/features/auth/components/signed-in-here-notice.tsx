import { Alert } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { sessionToken } from '@/lib/session-token';

/**
 * A page opened from an e-mailed link ends, once done, whatever session this browser holds (perhaps
 * someone else's, open in another tab): said before the user starts, not found out afterwards.
 */
export function SignedInHereNotice({ children }: { children: string }) {
  if (sessionToken.get() === null) return null;
  return (
    <Alert color="yellow" icon={<IconInfoCircle size={18} aria-hidden />}>
      {children}
    </Alert>
  );
}
