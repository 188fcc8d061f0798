/**
 * msw keeps the cookies of mocked answers in a jar (tough-cookie, which brings tldts and its
 * public-suffix list) and reads it for requests sent with credentials. The demo API neither sets
 * nor reads cookies: it knows a caller by the bearer token alone. The build points tough-cookie
 * here, a jar that keeps nothing, so that neither the page's msw code nor the backend worker
 * parses and evaluates some 65 KB of cookie code on every cold start.
 */

/** A cookie msw would have kept: none is ever made. */
export class Cookie {
  /** msw reads back the cookies it kept in localStorage; the stand-in keeps none, so reads none. */
  static fromJSON(): Cookie | null {
    return null;
  }
}

/** The jar's index, in the shape msw reads and writes. */
export class MemoryCookieStore {
  idx: Record<string, Record<string, Record<string, Cookie>>> = {};
}

export class CookieJar {
  /** The store is msw's; nothing is put in it. */
  constructor(readonly store: MemoryCookieStore = new MemoryCookieStore()) {}

  getCookiesSync(): Cookie[] {
    return [];
  }

  /** A Set-Cookie header of a mocked answer: dropped, as the demo API sends none. */
  async setCookie(): Promise<void> {}
}
