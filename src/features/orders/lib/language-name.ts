import { localeOf } from '@/lib/i18n';

/** A language's name as the reader's language writes it: "German" in English, "allemand" in French (lower case there). */
export function languageName(code: string, readerLanguage: string): string {
  return new Intl.DisplayNames([localeOf(readerLanguage)], { type: 'language' }).of(code) ?? code;
}
