import type { TFunction } from 'i18next';
import type { Role } from '@/contract/common';
import { teamPaths } from '@/features/team/paths';
import { env } from '@/lib/env';
import { settingsSectionsFor } from '../settings-sections';

/** What the palette finds by what is typed: its name, its other words, or the section it is in. */
export type Findable = { label: string; keywords: string; section?: string };

/** A page the palette offers to go to. */
export type PalettePage = Findable & { to: string };

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
 * The pages (or commands) every word typed is found in (by name, other words or section), those
 * found by their name first; all of them while nothing is typed.
 */
export function matching<Item extends Findable>(items: readonly Item[], text: string): Item[] {
  const words = folded(text).split(/\s+/).filter(Boolean);
  const byName = (item: Item) => words.every((word) => folded(item.label).includes(word));
  const found = items.filter((item) => {
    const haystack = folded([item.label, item.keywords, item.section ?? ''].join(' '));
    return words.every((word) => haystack.includes(word));
  });
  return [...found.filter(byName), ...found.filter((item) => !byName(item))];
}
