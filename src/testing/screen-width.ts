/**
 * Makes the tests of the enclosing `describe` run on a screen `width` CSS pixels wide: a `max-width`
 * or `min-width` media query in em (Mantine's `em()`, 16 px each) matches as it would there, the
 * others as in jsdom.
 */
export function atScreenWidth(width: number): void {
  const jsdom = window.matchMedia;
  const matchesAt = (query: string) => {
    const bound = /\((max|min)-width:\s*([\d.]+)em\)/.exec(query);
    if (!bound) return jsdom(query).matches;
    const limit = Number(bound[2]) * 16;
    return bound[1] === 'max' ? width <= limit : width >= limit;
  };
  beforeEach(() => {
    window.matchMedia = (query: string) => ({ ...jsdom(query), matches: matchesAt(query) });
  });
  afterEach(() => {
    window.matchMedia = jsdom;
  });
}

/** Makes the tests of the enclosing `describe` run at a phone's width, where lists become cards. */
export function atPhoneWidth(): void {
  atScreenWidth(390);
}
