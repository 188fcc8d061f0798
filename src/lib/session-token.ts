/** The bearer token of the signed-in user, kept across reloads. */
const storageKey = 'comptoir.session-token';

export const sessionToken = {
  get: (): string | null => localStorage.getItem(storageKey),
  set: (token: string) => localStorage.setItem(storageKey, token),
  clear: () => localStorage.removeItem(storageKey),
};
