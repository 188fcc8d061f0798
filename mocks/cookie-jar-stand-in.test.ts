import { Cookie, CookieJar, MemoryCookieStore } from './cookie-jar-stand-in';

describe('the cookie jar stand-in', () => {
  it('keeps no cookie that msw hands it, so a request with credentials finds none', async () => {
    const store = new MemoryCookieStore();
    const jar = new CookieJar(store);
    await jar.setCookie();
    expect(jar.getCookiesSync()).toEqual([]);
    expect(store.idx).toEqual({});
  });

  it('reads back no cookie msw kept in localStorage before', () => {
    expect(Cookie.fromJSON()).toBeNull();
  });
});
