import i18next, { type PostProcessorModule, type Resource } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { Country } from '@/contract/common';
import { hasGermanOnlyForms, inSwissGerman } from '@/contract/swiss-german';
import { keepText } from '@/lib/stored-json';

export const languages = [
  { code: 'en', label: 'English', locale: 'en-GB' },
  { code: 'fr', label: 'Français', locale: 'fr-BE' },
  { code: 'nl', label: 'Nederlands', locale: 'nl-BE' },
  { code: 'de', label: 'Deutsch', locale: 'de-DE' },
] as const;
export type LanguageCode = (typeof languages)[number]['code'];

const storageKey = 'comptoir.language';

function isLanguage(value: string | null | undefined): value is LanguageCode {
  return languages.some((language) => language.code === value);
}

/** The remembered choice, else the browser's language when we speak it, else English. */
export function initialLanguage(): LanguageCode {
  const stored = localStorage.getItem(storageKey);
  if (isLanguage(stored)) return stored;
  const fromBrowser = navigator.language.slice(0, 2);
  return isLanguage(fromBrowser) ? fromBrowser : 'en';
}

export function rememberLanguage(code: LanguageCode) {
  // Not kept (a full storage): the language still changes, for this page.
  keepText(localStorage, storageKey, code);
}

/** Hears of a language chosen in another tab of this browser, as the colour scheme is heard of. */
export function onLanguageChosenElsewhere(listener: (code: LanguageCode) => void): () => void {
  const heard = (event: StorageEvent) => {
    if (event.key === storageKey && isLanguage(event.newValue)) listener(event.newValue);
  };
  window.addEventListener('storage', heard);
  return () => window.removeEventListener('storage', heard);
}

/** The Intl locale that formats money and dates for a language. */
export function localeOf(code: string): string {
  return languages.find((language) => language.code === code)?.locale ?? 'en-GB';
}

// The signed-in merchant's country, for the spelling of its region (set by setSpellingRegion).
let spellingRegion: Country | null = null;

/**
 * German as Switzerland writes it, for a Swiss merchant: no ß, always ss ("Strasse", "schliessen"),
 * and «guillemets». Only the message's own words: what it was given to show (a name, a search
 * typed) stays as it is.
 */
const regionalSpelling: PostProcessorModule = {
  type: 'postProcessor',
  name: 'regionalSpelling',
  process: (message: string, _key: unknown, options: Record<string, unknown> | undefined, translator: { language?: string }) => {
    if (spellingRegion !== 'CH' || translator.language !== 'de' || !hasGermanOnlyForms(message)) return message;
    return inSwissGerman(message, Object.values(options ?? {}).filter((value) => typeof value === 'string'));
  },
};

/** Spells the messages as the signed-in merchant's region does; the session's answers set it, before the pages render. */
export function setSpellingRegion(country: Country | null) {
  spellingRegion = country;
}

export function createI18n(resources: Resource, lng: LanguageCode) {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).use(regionalSpelling).init({
    postProcess: [regionalSpelling.name],
    resources,
    lng,
    fallbackLng: 'en',
    defaultNS: 'common',
    // React escapes what it renders. Values are never read as templates or `$t()` nesting: typed
    // text (a reason, a ticket) shows as typed.
    interpolation: { escapeValue: false, skipOnVariables: true },
    // An empty message means "say nothing here" (e.g. no note under an order's actions).
    returnEmptyString: true,
    // i18next's own separators, said: otherwise every t() call first tests its key against a
    // pattern, to guess whether it is a sentence rather than a "namespace:key.path".
    nsSeparator: ':',
    keySeparator: '.',
    initAsync: false,
  });
  instance.on('languageChanged', (code) => {
    document.documentElement.lang = code;
  });
  document.documentElement.lang = lng;
  return instance;
}

/**
 * Shows a field's message: the schemas write catalogue keys ("orders:validation.amountPositive"),
 * translated here with `values` filled in; anything else (a server's own words) is shown as it is,
 * never read as a key.
 */
export function useMessage() {
  const { t, i18n } = useTranslation();
  return (message: string | undefined, values?: Record<string, string>): string | undefined => {
    if (!message) return undefined;
    // A key held as data is a plain string to the type checker; the catalogue test proves every
    // "namespace:key" written in the source exists.
    return i18n.exists(message) ? (t as (key: string, values: Record<string, string>) => string)(message, values ?? {}) : message;
  };
}
