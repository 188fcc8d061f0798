import { useTranslation } from 'react-i18next';
import { TypedText } from '@/components/typed-text';
import { readReason, type ReasonCode } from '@/contract/reasons';

type Reason = { code: ReasonCode | null | undefined; text: string | null };

/** A recorded reason: a known one's code in the reader's language, then the note added to it; a typed one exactly as typed. */
export function ReasonText({ code, text }: Reason) {
  const { t } = useTranslation();
  const read = readReason(code, text);
  if (read.code === null) return read.text ? <TypedText text={read.text} /> : null;
  return (
    <>
      {t(`reasons.${read.code}`)}
      {read.note && (
        <>
          {t('reasonNoteSeparator')}
          <TypedText text={read.note} />
        </>
      )}
    </>
  );
}

/** The same reason as plain words, for a sentence or a cell made of text; null when there is none. */
export function useReasonWords() {
  const { t } = useTranslation();
  return ({ code, text }: Reason): string | null => {
    const read = readReason(code, text);
    if (read.code === null) return read.text;
    const reason = t(`reasons.${read.code}`);
    return read.note ? `${reason}${t('reasonNoteSeparator')}${read.note}` : reason;
  };
}
