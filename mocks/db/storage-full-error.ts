// Apart from the store, so that an answer's module (http/problem) can tell this error without
// loading the database's code: the page's side of the demo backend uses it too.

/** The browser refused to keep more: nothing of the change was applied. */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
}
