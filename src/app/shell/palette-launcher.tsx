import { ActionIcon, Button, Kbd } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { focusBackOn, focusPageFallback } from '@/components/use-return-focus';
import type { Session } from '@/features/auth';
import { usePhone } from '@/lib/use-phone';
import { paletteKeys } from './palette-keys';
import type { PalettePage } from './palette-pages';

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
  // What had the focus when the palette opened: it gets it back when the palette closes unused.
  const trigger = useRef<HTMLElement | null>(null);
  const open = (text: string) => {
    trigger.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpened({ text });
  };
  useHotkeys([['mod+K', () => open('')]], []);
  // The palette is mounted for each opening, so Mantine's own return of the focus never runs.
  const dismiss = () => {
    setOpened(null);
    setTimeout(() => focusBackOn(trigger.current), 0);
  };
  // A command leads to another page, which focuses its title, or opens a dialog; one that stays on
  // this page (the list without its filters) leaves the focus on its title too, not on <body>.
  const ran = () => {
    setOpened(null);
    setTimeout(() => {
      if (!document.activeElement || document.activeElement === document.body) focusPageFallback();
    }, 0);
  };

  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      const text = event.clipboardData?.getData('text') ?? '';
      if (isField(event.target) || !paymentReference.test(text)) return;
      event.preventDefault();
      open(text.trim());
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, []);

  const phone = usePhone();
  const keys = paletteKeys(t);
  return (
    <>
      {phone ? (
        // A phone has no keyboard shortcut and no room for the labelled button: the search icon alone.
        <ActionIcon variant="default" size="lg" onClick={() => open('')} aria-label={t('palette.open')}>
          <IconSearch size={18} aria-hidden />
        </ActionIcon>
      ) : (
        <Button
          variant="default"
          size="xs"
          leftSection={<IconSearch size={14} aria-hidden />}
          rightSection={
            <Kbd size="xs" style={{ whiteSpace: 'nowrap' }}>
              {`${keys.modifier} ${keys.key}`}
            </Kbd>
          }
          onClick={() => open('')}
          aria-keyshortcuts={keys.aria}
        >
          {t('palette.open')}
        </Button>
      )}
      {opened && (
        <Suspense fallback={null}>
          <CommandPalette session={session} pages={pages} initialText={opened.text} onClose={dismiss} onRan={ran} />
        </Suspense>
      )}
    </>
  );
}
