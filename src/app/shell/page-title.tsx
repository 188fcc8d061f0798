import { useEffect, useRef } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { NavigationType, useLocation, useMatches, useNavigationType, type Params } from 'react-router';

/** What a route names itself in the browser's tab: its page, then its section ("Order 1001702 · Orders"). */
export type TitleOf = (t: TFunction<'shell'>, params: Params) => string[];

/** A route's `handle`, as the router's route objects declare it. */
export interface RouteHandle {
  title?: TitleOf;
}

/** Keeps the document's title on the deepest route that names itself, in the current language. */
export function usePageTitle() {
  const { t } = useTranslation('shell');
  const matches = useMatches();
  const named = [...matches].reverse().find((match) => (match.handle as RouteHandle | undefined)?.title);
  const parts = named ? (named.handle as Required<RouteHandle>).title(t, named.params) : [];
  const title = [...parts, t('titles.app')].join(' · ');
  useEffect(() => {
    document.title = title;
  }, [title]);
}

/**
 * After a move to another page, focus goes to its main heading, so that a screen reader announces
 * where the user arrived and the keyboard carries on from the top of the page rather than from
 * `<body>`. Back (or forward) to a page gives the focus to the link that had led away from it,
 * where the browser has put the page back as it was, the heading if it has none. A page's heading,
 * and its links, may come after its data: they are awaited, not assumed.
 */
export function useFocusOnNewPage() {
  const { pathname } = useLocation();
  const navigationType = useNavigationType();
  // A page the app moved to from outside these pages (signing in) is a new page too; a page the
  // browser loaded, reloaded or went back to (a "pop") keeps the browser's own start. A reload
  // keeps the entry's key, so the key cannot tell it from a move: the heading took the focus,
  // and with it a layout of the whole page in the middle of rendering the first rows.
  const previous = useRef(navigationType === NavigationType.Pop ? pathname : null);
  useEffect(() => {
    if (previous.current === pathname) return;
    const left = navigationType === NavigationType.Pop ? previous.current : null;
    previous.current = pathname;
    const main = document.getElementById('main');
    if (!main) return;
    // Once the user has put the focus somewhere themselves, it stays there; the main landmark only
    // holds it (for a page still loading) until the heading comes.
    const focusedOnArrival = document.activeElement;
    const focusArrival = () => {
      const focused = document.activeElement;
      if (focused !== focusedOnArrival && focused !== document.body && focused !== null && focused !== main) return true;
      const heading = main.querySelector<HTMLElement>('h1');
      if (!heading) return false;
      if (left !== null) {
        // The link back where the user had been, once what the page shows has come.
        if (main.querySelector('[aria-busy="true"]')) return false;
        const link = [...main.querySelectorAll<HTMLAnchorElement>('a[href]')].find((anchor) => anchor.getAttribute('href') === left);
        if (link) {
          link.focus({ preventScroll: true });
          return true;
        }
      }
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus();
      return true;
    };
    if (focusArrival()) return;
    const observer = new MutationObserver(() => {
      if (focusArrival()) observer.disconnect();
    });
    // Attributes too: the list says when it is no longer busy.
    observer.observe(main, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
    return () => observer.disconnect();
  }, [pathname, navigationType]);
}
