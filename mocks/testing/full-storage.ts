import { StorageFullError } from '../db/storage-full-error';
import { currentStore, installStore, type Store } from '../db/store';

/** The backend as on a browser whose storage is full: it reads as before, and every write fails. */
export function fillTheStorage(): void {
  const full = Object.assign(Object.create(currentStore()) as Store, {
    write: () => Promise.reject(new StorageFullError('The browser has no room left for the demo data.')),
  });
  installStore(full);
}
