import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';

/**
 * Which operations and data shapes are open: those the user opened, and the one the address names
 * (`#createReduction`, `#OrderDetail`), so that a link to it, shared or followed from the contents,
 * lands on it open. `items` are the names the page can open; empty until the document has loaded.
 * Whatever the address names, a section too, is scrolled into view once it is on the page, and
 * takes the keyboard's focus.
 */
export function useOpenFromAddress(items: readonly string[]): [string[], (value: string[]) => void] {
  const { hash } = useLocation();
  const named = decodeURIComponent(hash.slice(1));
  const [opened, setOpened] = useState<string[]>([]);
  // The address last applied: a new one (or the document arriving) opens what it names, once.
  const [applied, setApplied] = useState<string | null>(null);
  const ready = items.length > 0;
  if (ready && applied !== hash) {
    setApplied(hash);
    if (items.includes(named) && !opened.includes(named)) setOpened([...opened, named]);
  }
  useEffect(() => {
    if (!ready || !named) return;
    // The browser scrolled to the address before the document was there to show it.
    const target = document.getElementById(named);
    if (!target) return;
    target.scrollIntoView({ block: 'start' });
    // The keyboard carries on from there too: from an item's button, or from a section's heading.
    const control = target.querySelector<HTMLElement>('button') ?? target;
    if (control === target && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    control.focus({ preventScroll: true });
  }, [ready, named]);
  return [opened, setOpened];
}
