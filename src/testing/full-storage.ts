import { onTestFinished } from 'vitest';

/**
 * Until the test ends (or the function returned is called), the browser's storages refuse to keep
 * anything under a key that starts with one of `prefixes`, as a full storage does; every other key
 * is kept as usual.
 */
export function refuseToStore(...prefixes: string[]): () => void {
  const setItem = Storage.prototype.setItem;
  const full = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
    if (prefixes.some((prefix) => key.startsWith(prefix))) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    setItem.call(this, key, value);
  });
  onTestFinished(() => full.mockRestore());
  return () => full.mockRestore();
}
