import { readReason, type ReasonCode } from '@/contract/reasons';
import type { documentLanguages } from '@/contract/orders';

type Language = (typeof documentLanguages)[number];

/** A known reason followed by the note a user added to it, as each language writes it. */
const withNote: Record<Language, (reason: string, note: string) => string> = {
  en: (reason, note) => `${reason}: ${note}`,
  fr: (reason, note) => `${reason} : ${note}`,
  nl: (reason, note) => `${reason}: ${note}`,
  de: (reason, note) => `${reason}: ${note}`,
};

/**
 * A recorded reason as a reader of `language` reads it in a file (a CSV, a PDF, a statement): a
 * known reason in their `words`, then the note the user added, as typed; a typed reason as typed.
 */
export function reasonInWords(
  language: Language,
  words: Record<ReasonCode, string>,
  reasonCode: ReasonCode | null | undefined,
  reason: string | null | undefined,
): string | null {
  const read = readReason(reasonCode, reason);
  if (read.code === null) return read.text;
  return read.note ? withNote[language](words[read.code], read.note) : words[read.code];
}
