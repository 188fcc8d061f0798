import { useTranslation } from 'react-i18next';
import { TypedText } from '@/components/typed-text';
import type { ReasonCode } from '@/contract/orders';

/** A recorded reason: a known one's code in the reader's language, a typed one exactly as typed. */
export function ReasonText({ code, text }: { code: ReasonCode | null; text: string | null }) {
  const { t } = useTranslation('orders');
  if (code) return t(`reasons.${code}`);
  return text ? <TypedText text={text} /> : null;
}
