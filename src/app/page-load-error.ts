/**
 * A page's code could not be fetched, typically because a deploy replaced the files the open tab
 * knows about, or the connection dropped. Only loading the app again can fix it.
 */
export class PageLoadError extends Error {
  constructor(cause: unknown) {
    super('A page of the app could not be loaded', { cause });
    this.name = 'PageLoadError';
  }
}

/** Route code loaded on first visit, whose failure to arrive is told apart from a page's own bug. */
export function loadPage<Module>(load: () => Promise<Module>): () => Promise<Module> {
  return () =>
    load().catch((cause: unknown) => {
      throw new PageLoadError(cause);
    });
}

// What browsers say when a dynamic import fails, for code loaded outside the routes' own lazy().
const failedImportMessage = /dynamically imported module|importing a module script failed|unable to preload css/i;

export function isPageLoadError(error: unknown): boolean {
  return error instanceof PageLoadError || (error instanceof Error && failedImportMessage.test(error.message));
}
