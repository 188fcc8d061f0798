/**
 * Makes the tests of the enclosing `describe` run at a phone's width: every `max-width` media
 * query matches (the app asks for small screens that way), the others as in jsdom.
 */
export function atPhoneWidth(): void {
  const wide = window.matchMedia;
  beforeEach(() => {
    window.matchMedia = (query: string) => ({ ...wide(query), matches: query.includes('max-width') });
  });
  afterEach(() => {
    window.matchMedia = wide;
  });
}
