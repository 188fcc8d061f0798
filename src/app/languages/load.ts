import type { i18n as I18n, Resource } from 'i18next';
import { rememberLanguage, type LanguageCode } from '@/lib/i18n';

// Each language's catalogues are a chunk of their own: a page loads English (every message's
// fallback) and the user's language, never all four.
const bundles: Record<LanguageCode, () => Promise<{ default: Resource[string] }>> = {
  en: () => import('./en'),
  fr: () => import('./fr'),
  nl: () => import('./nl'),
  de: () => import('./de'),
};

/** English and `language`, ready for i18next. */
export async function loadLanguages(language: LanguageCode): Promise<Resource> {
  const codes = [...new Set<LanguageCode>(['en', language])];
  const loaded = await Promise.all(codes.map(async (code) => [code, (await bundles[code]()).default] as const));
  return Object.fromEntries(loaded);
}

/** The user's choice of `language`: remembered in this browser (and heard by its other tabs), then switched to. */
export function chooseLanguage(i18n: I18n, language: LanguageCode): Promise<void> {
  rememberLanguage(language);
  return switchLanguage(i18n, language);
}

/** Switches to `language`, loading its catalogues first when this page has not yet. */
export async function switchLanguage(i18n: I18n, language: LanguageCode): Promise<void> {
  if (!i18n.hasResourceBundle(language, 'shell')) {
    const { default: bundle } = await bundles[language]();
    for (const [namespace, catalogue] of Object.entries(bundle)) i18n.addResourceBundle(language, namespace, catalogue);
  }
  await i18n.changeLanguage(language);
}
