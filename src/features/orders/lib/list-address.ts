import { keepText } from '@/lib/stored-json';

// The list's address as this tab last showed it, so that the way back from an order (its
// breadcrumb, the not-found page's button) finds the list as the user left it: filters, sort, page.
const key = 'comptoir.orders.list-search';

/** Kept for this tab only: another tab has its own list. */
export function rememberListSearch(search: URLSearchParams): void {
  // Storage refused (private mode, full): the way back leads to the plain list.
  keepText(sessionStorage, key, search.toString());
}

/** The list's last query in this tab, empty when the tab has shown none. */
export function lastListSearch(): URLSearchParams {
  try {
    return new URLSearchParams(sessionStorage.getItem(key) ?? '');
  } catch {
    return new URLSearchParams();
  }
}
