import type { TFunction } from 'i18next';

/** Whether the keyboard is a Mac's, whose command key stands where others have Control. */
const onMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * The keys that open the command palette: as the keyboard labels its modifier (⌘ on a Mac, Strg on
 * a German keyboard), and as `aria-keyshortcuts` names them.
 */
export function paletteKeys(t: TFunction<'shell'>): { modifier: string; key: string; aria: string } {
  return onMac() ? { modifier: '⌘', key: 'K', aria: 'Meta+K' } : { modifier: t('palette.controlKey'), key: 'K', aria: 'Control+K' };
}
