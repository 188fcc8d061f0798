import { Button, Kbd } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '@/features/auth';
import type { PalettePage } from './command-palette';

// The palette's code (and the order search it uses) loads on first use only.
const CommandPalette = lazy(() => import('./command-palette'));

/** A payment reference as banks print it: "BP1234567/3333", "BP 1234567 / 3333". */
const paymentReference = /^\s*BP\s*\d+\s*\/\s*\d+\s*$/i;

function isField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/**
 * The header's way into the command palette: a button, Ctrl/⌘+K anywhere (in a field too), and a
 * payment reference pasted outside a field, which the palette then looks up.
 */
export function PaletteLauncher({ session, pages }: { session: Session; pages: PalettePage[] }) {
  const { t } = useTranslation('shell');
  const [opened, setOpened] = useState<{ text: string } | null>(null);
  useHotkeys([['mod+K', () => setOpened({ text: '' })]], []);

  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      const text = event.clipboardData?.getData('text') ?? '';
      if (isField(event.target) || !paymentReference.test(text)) return;
      event.preventDefault();
      setOpened({ text: text.trim() });
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, []);

  const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
  const keys = isMac ? '⌘ K' : 'Ctrl K';
  return (
    <>
      <Button
        variant="default"
        size="xs"
        leftSection={<IconSearch size={14} aria-hidden />}
        rightSection={<Kbd size="xs">{keys}</Kbd>}
        onClick={() => setOpened({ text: '' })}
        aria-keyshortcuts={isMac ? 'Meta+K' : 'Control+K'}
        visibleFrom="sm"
      >
        {t('palette.open')}
      </Button>
      {opened && (
        <Suspense fallback={null}>
          <CommandPalette session={session} pages={pages} initialText={opened.text} onClose={() => setOpened(null)} />
        </Suspense>
      )}
    </>
  );
}
