import { useEffect, useLayoutEffect, useRef } from 'react';

/**
 * Gives focus back to whatever had it when a dialog opened (the button that opened it), once the
 * dialog closes. Mantine's own return only works for a modal that was mounted closed; ours are
 * mounted fresh for every opening, so that each starts with an empty form.
 */
export function useReturnFocus(opened: boolean) {
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
      const target = trigger.current;
      // After the modal's own clean-up; a trigger gone from the page (its row left the list) is skipped.
      const timer = setTimeout(() => target?.isConnected && target.focus(), 0);
      wasOpened.current = opened;
      return () => clearTimeout(timer);
    }
    wasOpened.current = opened;
    return undefined;
  }, [opened]);
}
