import { useDisclosure } from '@mantine/hooks';
import { lazy, Suspense, useEffect } from 'react';
import { useNavigate } from 'react-router';
import { useEverTrue } from '@/lib/use-ever-true';
import { useLatest } from '@/lib/use-latest';

// Its dialog (and Mantine's modal code) loads the first time someone asks for it.
const ShortcutsHelp = lazy(() => import('./shortcuts-help'));

/** Where "g" then a letter leads; a section the user may not see is left out by the caller. */
export type GoTo = { key: string; to: string; label: string };

/** Typing in a field is never taken for a shortcut. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The keyboard shortcuts of every signed-in page: "/" searches the list, "g" then a letter goes to
 * a section, "?" lists them all. A sequence is "g" and the very next key; no timer is involved.
 */
export function Shortcuts({ goTo }: { goTo: GoTo[] }) {
  const navigate = useNavigate();
  const [helpOpen, help] = useDisclosure();
  const helpUsed = useEverTrue(helpOpen);
  const openHelp = help.open;
  // The sections change with the language and the role; the listener reads the latest.
  const sections = useLatest(goTo);

  useEffect(() => {
    let afterG = false;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) {
        afterG = false;
        return;
      }
      const wasAfterG = afterG;
      afterG = event.key === 'g';
      if (wasAfterG) {
        const target = sections.current.find((entry) => entry.key === event.key);
        if (target) {
          event.preventDefault();
          void navigate(target.to);
        }
      } else if (event.key === '/') {
        const search = document.querySelector<HTMLInputElement>('main form[role="search"] input');
        if (search) {
          event.preventDefault();
          search.focus();
        }
      } else if (event.key === '?') {
        event.preventDefault();
        openHelp();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [navigate, openHelp, sections]);

  return (
    helpUsed && (
      <Suspense fallback={null}>
        <ShortcutsHelp opened={helpOpen} onClose={help.close} goTo={goTo} />
      </Suspense>
    )
  );
}
