import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';

/**
 * Which operations and data shapes are open: those the user opened, and the one the address names
 * (`#createReduction`, `#OrderDetail`), so that a link to it, shared or followed from the contents,
 * lands on it open. `items` are the names the page can open; empty until the document has loaded.
 * Whatever the address names, a section too, is scrolled into view once it is on the page.
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
    document.getElementById(named)?.scrollIntoView({ block: 'start' });
  }, [ready, named]);
  return [opened, setOpened];
}
