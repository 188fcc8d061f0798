/**
 * msw's cookie jar (tough-cookie) asks tldts for a host's registrable domain, and tldts carries the
 * whole public-suffix list: some 250 KB that the page's msw code and the backend worker would each
 * parse on every cold start. The demo API neither sets nor reads cookies, so the build points tldts
 * here: the last two labels of a host name, which is what the list gives for the hosts the demo
 * runs on (localhost, and names under one-label suffixes such as .com or .be).
 */
export function getDomain(hostname: string): string | null {
  // An IP address has no registrable domain.
  if (/^[\d.]+$/.test(hostname) || hostname.includes(':')) return null;
  const labels = hostname.split('.').filter(Boolean);
  return labels.length < 2 ? null : labels.slice(-2).join('.');
}
