import { createContext, useContext } from 'react';

/** Who is signed in, for what a feature keeps per user on this device (saved views…): "3333/ana@example.com". */
const CurrentUserContext = createContext<string | null>(null);
export const CurrentUserProvider = CurrentUserContext.Provider;

export function useCurrentUserKey(): string | null {
  return useContext(CurrentUserContext);
}

/** The signed-in user's merchant id (their key starts with it); null when nobody is signed in. */
export function useCurrentMerchantId(): string | null {
  return useCurrentUserKey()?.split('/')[0] ?? null;
}
