import type { TFunction } from 'i18next';
import type { Role } from '@/contract/common';
import { teamPaths } from '@/features/team/paths';
import { env } from '@/lib/env';
import { settingsSectionsFor } from '../settings-sections';

/** A page the palette offers to go to: found by its name, its other words, or the section it is in. */
export type PalettePage = { to: string; label: string; keywords: string; section?: string };

type MainPage = 'orders' | 'statements' | 'support' | 'apiReference';

/**
 * Every page the role may open, in the user's language: the main navigation's (as the frame allows
 * them), the settings' (as their navigation allows them) and, in the demo, the outbox.
 */
export function palettePages(role: Role, mainLinks: readonly { id: MainPage; to: string; label: string }[], t: TFunction<'shell'>): PalettePage[] {
  return [
    ...mainLinks.map(({ id, to, label }) => ({ to, label, keywords: t(`palette.keywords.${id}`) })),
    ...settingsSectionsFor(role).map(({ id, to, labelKey }) => ({ to, label: t(labelKey), keywords: t(`palette.keywords.${id}`), section: t('settings.label') })),
    ...(env.mocksEnabled ? [{ to: teamPaths.outbox(), label: t('titles.outbox'), keywords: t('palette.keywords.outbox') }] : []),
  ];
}

/** Lower case and without accents, so that "activite" finds "Activité". */
const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The pages every word typed is found in (by name, other words or section), those found by their
 * name first; all of them while nothing is typed.
 */
export function pagesMatching(pages: readonly PalettePage[], text: string): PalettePage[] {
  const words = folded(text).split(/\s+/).filter(Boolean);
  const byName = (page: PalettePage) => words.every((word) => folded(page.label).includes(word));
  const found = pages.filter((page) => {
    const haystack = folded([page.label, page.keywords, page.section ?? ''].join(' '));
    return words.every((word) => haystack.includes(word));
  });
  return [...found.filter(byName), ...found.filter((page) => !byName(page))];
}
