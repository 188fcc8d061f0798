/**
 * Who shows an entry this app keeps in localStorage: told of a change at once in this tab, and in
 * other tabs through the storage event. For `useSyncExternalStore`.
 */
export function storageSignal() {
  const listeners = new Set<() => void>();
  return {
    subscribe(listener: () => void) {
      listeners.add(listener);
      window.addEventListener('storage', listener);
      return () => {
        listeners.delete(listener);
        window.removeEventListener('storage', listener);
      };
    },
    /** Tells this tab's listeners; the browser tells the other tabs. */
    notify() {
      for (const listener of listeners) listener();
    },
  };
}
