import { useTranslation } from 'react-i18next';
import { TypedText } from '@/components/typed-text';
import { readReason, type ReasonCode } from '@/contract/reasons';

/** A recorded reason: a known one's code in the reader's language, then the note added to it; a typed one exactly as typed. */
export function ReasonText({ code, text }: { code: ReasonCode | null | undefined; text: string | null }) {
  const { t } = useTranslation('orders');
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
