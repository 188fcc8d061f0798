import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * Where focus goes when the element that had it left the page (the action removed it): the page's
 * title, else the main landmark, so that keyboard and screen-reader users do not land on <body>.
 */
export function focusPageFallback() {
  const main = document.querySelector<HTMLElement>('main');
  const heading = main?.querySelector<HTMLElement>('h1');
  if (heading && !heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  (heading ?? main)?.focus();
}

/** Focus back on `target` when it is still on the page (and not <body>), else on the page's title. */
export function focusBackOn(target: HTMLElement | null) {
  if (target && target !== document.body) target.focus();
  if (!target || document.activeElement !== target) focusPageFallback();
}

/**
 * Gives focus back to whatever had it when a dialog opened (the button that opened it), or to
 * `returnTo` when given, once the dialog closes. Mantine's own return only works for a modal that
 * was mounted closed; ours are mounted fresh for every opening, so that each starts with an empty form.
 */
export function useReturnFocus(opened: boolean, returnTo?: RefObject<HTMLElement | null>) {
  const trigger = useRef<HTMLElement | null>(null);
  const wasOpened = useRef(false);

  // A layout effect runs before the modal moves focus inside itself.
  useLayoutEffect(() => {
    if (opened && !wasOpened.current && document.activeElement instanceof HTMLElement) {
      trigger.current = document.activeElement;
    }
  }, [opened]);

  useEffect(() => {
    if (wasOpened.current && !opened) {
      // After the modal's own clean-up, and read then, from the page as it is after the dialog's
      // action; a trigger gone from the page (its row left the list) is replaced.
      const timer = setTimeout(() => focusBackOn(returnTo?.current ?? trigger.current), 0);
      wasOpened.current = opened;
      return () => clearTimeout(timer);
    }
    wasOpened.current = opened;
    return undefined;
  }, [opened, returnTo]);
}
