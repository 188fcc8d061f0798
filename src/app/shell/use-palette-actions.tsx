import { useMantineColorScheme } from '@mantine/core';
import type { ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Session } from '@/features/auth';
// The hook itself, not the feature's index, as in the user menu.
import { useSignOut } from '@/features/auth/api/delete-session';
import { authPaths } from '@/features/auth/paths';
import { setDataMode, useDataMode, type DataMode } from '@/lib/data-mode';
import { languages } from '@/lib/i18n';
import { chooseLanguage } from '../languages/load';
import { colorSchemes } from './color-scheme-items';
import type { Findable } from './palette-pages';

/** A command that changes something on the spot rather than opening a page; `content` shows its label marked up. */
export type PaletteAction = Findable & { id: string; content?: ReactNode; run: () => void };

/**
 * What the header's switch and menus do, as the palette's commands: every choice but the current
 * one (live data only once the merchant may use it), and signing out.
 */
export function usePaletteActions(session: Session): PaletteAction[] {
  const { t, i18n } = useTranslation('shell');
  const navigate = useNavigate();
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const mode = useDataMode();
  const signOut = useSignOut({ onSettled: () => void navigate(authPaths.signIn(), { replace: true }) });
  const modes: DataMode[] = session.merchant.securityCheck === 'passed' ? ['live', 'test'] : ['test'];
  return [
    ...modes
      .filter((other) => other !== mode)
      .map((other) => ({ id: `mode-${other}`, label: t(`palette.action.mode.${other}`), keywords: t('palette.keywords.mode'), run: () => setDataMode(other) })),
    ...colorSchemes
      .filter((scheme) => scheme !== colorScheme)
      .map((scheme) => ({
        id: `scheme-${scheme}`,
        label: t(`palette.action.appearance.${scheme}`),
        keywords: t('palette.keywords.appearance'),
        run: () => setColorScheme(scheme),
      })),
    ...languages
      .filter((language) => language.code !== i18n.language)
      .map((language) => ({
        id: `language-${language.code}`,
        // The catalogue marks the name out for <Trans>; the text searched and said has no marks.
        label: t('palette.action.language', { language: language.label }).replace(/<\/?name>/g, ''),
        // The language's name in its own language, said in that language by a screen reader.
        content: <Trans t={t} i18nKey="palette.action.language" values={{ language: language.label }} components={{ name: <span lang={language.code} /> }} />,
        // Found by its name in the user's language too ("German" for Deutsch).
        keywords: `${t('palette.keywords.language')} ${t(`palette.keywords.languages.${language.code}`)}`,
        run: () => void chooseLanguage(i18n, language.code),
      })),
    { id: 'sign-out', label: t('palette.action.signOut'), keywords: t('palette.keywords.signOut'), run: () => signOut.mutate() },
  ];
}
