import { resetMockBackend } from '../node';
import { signIn, type accounts } from './api-client';

/** The fixed day and instant the handler tests run at, so due dates and expiries are known. */
export const today = '2026-11-24';
export const now = `${today}T13:45:00.000Z`;

/** A fresh backend, seeded small enough to be quick, on the fixed clock above. */
export function resetSmallBackend() {
  resetMockBackend({ ordersPerWorld: 300, today, now });
}

/** A fresh small backend with a user signed in; returns that user's token. */
export async function resetAndSignIn(account: keyof typeof accounts = 'admin'): Promise<string> {
  resetSmallBackend();
  return signIn(account);
}
