// Workers have no localStorage, and msw's cookie store asks for one as soon as it is imported.
// The backend keeps no cookies: an in-memory stand-in is enough. Imported before anything of msw.

if (typeof globalThis.localStorage === 'undefined') {
  const items = new Map<string, string>();
  const storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> = {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
  };
  Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true });
}
