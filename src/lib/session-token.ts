/** The bearer token of the signed-in user, kept across reloads and shared by the tabs. */
const storageKey = 'comptoir.session-token';

/** Whether this tab's token was forgotten because the API refused it, rather than by signing out. */
let refused = false;

export const sessionToken = {
  get: (): string | null => localStorage.getItem(storageKey),
  set: (token: string) => {
    refused = false;
    localStorage.setItem(storageKey, token);
  },
  clear: () => {
    refused = false;
    localStorage.removeItem(storageKey);
  },
  /** Forgets a token the API refused (401): the way to sign-in then says the session ended. */
  refuse: () => {
    refused = true;
    localStorage.removeItem(storageKey);
  },
  wasRefused: () => refused,
  /** Another tab signed out, or signed in as someone else. */
  onChangeInOtherTab(callback: () => void): () => void {
    const listener = (event: StorageEvent) => {
      if (event.key === storageKey || event.key === null) callback();
    };
    window.addEventListener('storage', listener);
    return () => window.removeEventListener('storage', listener);
  },
};
