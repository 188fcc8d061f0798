/** The bearer token of the signed-in user, kept across reloads and shared by the tabs. */
const storageKey = 'comptoir.session-token';

/**
 * Set in a tab that starts again because another tab signed out or in as someone else, to whom this
 * tab belonged: the page that follows tells its reader why it changed under them.
 */
const changedElsewhereKey = 'comptoir.session-changed-elsewhere';

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
  /** Before this tab starts again for another tab's sign-out or sign-in: `user` is who it belonged to. */
  noteChangeInOtherTab(user: string | null) {
    sessionStorage.setItem(changedElsewhereKey, JSON.stringify({ user }));
  },
  /** Who this tab belonged to before another tab's sign-out or sign-in restarted it, if one did; until told. */
  changeInOtherTab(): { user: string | null } | null {
    try {
      const noted: unknown = JSON.parse(sessionStorage.getItem(changedElsewhereKey) ?? 'null');
      return noted && typeof noted === 'object' && 'user' in noted ? { user: typeof noted.user === 'string' ? noted.user : null } : null;
    } catch {
      return null;
    }
  },
  /** The page that followed has told its reader. */
  forgetChangeInOtherTab() {
    sessionStorage.removeItem(changedElsewhereKey);
  },
  /** Another tab signed out, or signed in as someone else. */
  onChangeInOtherTab(callback: () => void): () => void {
    const listener = (event: StorageEvent) => {
      if (event.key === storageKey || event.key === null) callback();
    };
    window.addEventListener('storage', listener);
    return () => window.removeEventListener('storage', listener);
  },
};
