import { createContext, useContext } from 'react';

/** Who is signed in, for what a feature keeps per user on this device (saved views…): "3333/ana@example.com". */
const CurrentUserContext = createContext<string | null>(null);
export const CurrentUserProvider = CurrentUserContext.Provider;

export function useCurrentUserKey(): string | null {
  return useContext(CurrentUserContext);
}
