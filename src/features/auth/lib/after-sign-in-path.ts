import { authPaths } from '../paths';

type Options = {
  /** The app's own origin, such as `window.location.origin`. */
  origin: string;
  /** Where to go when `next` is missing or not a path of the app. */
  fallback: string;
  /** The API's address (`/api`, or a URL): an address under it is the API's, no page of the app. */
  api: string;
};

// C0 controls, DEL and C1 controls: the URL parser drops some of them silently (tab, newline).
// eslint-disable-next-line no-control-regex
const controlCharacter = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * Undoes percent-escapes of ASCII characters, again and again, so that an escaped backslash or
 * control character (even escaped twice, `%255C`) shows as itself. Only single bytes below 0x80
 * are decoded: what is looked for is ASCII, and a broken escape cannot throw.
 */
function decodeAscii(value: string): string {
  let current = value;
  for (let round = 0; round < 5; round++) {
    const decoded = current.replace(/%([0-7][0-9a-f])/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    if (decoded === current) break;
    current = decoded;
  }
  return current;
}

/** The sign-in page, spelt any way the router would still match it (case, trailing slash). */
function isSignInPage(pathname: string): boolean {
  return pathname.replace(/\/+$/, '').toLowerCase() === authPaths.signIn();
}

/** Whether `url` is an address of the API at `api`, which answers JSON, not a page. */
function isApiAddress(url: URL, api: string, origin: string): boolean {
  const base = new URL(api.endsWith('/') ? api : `${api}/`, origin);
  return base.origin === url.origin && `${url.pathname}/`.toLowerCase().startsWith(base.pathname.toLowerCase());
}

/**
 * Where to go once signed in: `next` if it is a path of this app (kept with its query and
 * fragment), never another site, a script URL, an address of the API or the sign-in page again;
 * `fallback` otherwise.
 */
export function afterSignInPath(next: string | null | undefined, { origin, fallback, api }: Options): string {
  if (!next || !next.startsWith('/') || next.startsWith('//')) return fallback;
  for (const form of [next, decodeAscii(next)]) {
    if (form.includes('\\') || controlCharacter.test(form)) return fallback;
  }
  let url: URL;
  try {
    url = new URL(next, origin);
  } catch {
    return fallback;
  }
  if (url.origin !== new URL(origin).origin) return fallback;
  if (isSignInPage(url.pathname) || isApiAddress(url, api, origin)) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
