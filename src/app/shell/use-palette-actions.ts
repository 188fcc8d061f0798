import { useMantineColorScheme } from '@mantine/core';
import { useTranslation } from 'react-i18next';
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

/** A command that changes something on the spot rather than opening a page. */
export type PaletteAction = Findable & { id: string; run: () => void };

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
        label: t('palette.action.appearance', { scheme: t(`appearance.${scheme}`) }),
        keywords: t('palette.keywords.appearance'),
        run: () => setColorScheme(scheme),
      })),
    ...languages
      .filter((language) => language.code !== i18n.language)
      .map((language) => ({
        id: `language-${language.code}`,
        label: t('palette.action.language', { language: language.label }),
        keywords: t('palette.keywords.language'),
        run: () => void chooseLanguage(i18n, language.code),
      })),
    { id: 'sign-out', label: t('palette.action.signOut'), keywords: t('palette.keywords.signOut'), run: () => signOut.mutate() },
  ];
}
