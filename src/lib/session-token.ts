/** The bearer token of the signed-in user, kept across reloads and shared by the tabs. */
const storageKey = 'comptoir.session-token';

export const sessionToken = {
  get: (): string | null => localStorage.getItem(storageKey),
  set: (token: string) => localStorage.setItem(storageKey, token),
  clear: () => localStorage.removeItem(storageKey),
  /** Another tab signed out, or signed in as someone else. */
  onChangeInOtherTab(callback: () => void): () => void {
    const listener = (event: StorageEvent) => {
      if (event.key === storageKey || event.key === null) callback();
    };
    window.addEventListener('storage', listener);
    return () => window.removeEventListener('storage', listener);
  },
};
