import { useTranslation } from 'react-i18next';
import type { ReasonCode } from '@/contract/orders';
import { typedText } from '@/lib/typed-text';

/**
 * How a recorded reason reads: a known reason's code in the reader's language, a typed one exactly
 * as it was typed (never looked up or interpolated as a message).
 */
export function useReasonText() {
  const { t } = useTranslation('orders');
  return (code: ReasonCode | null, text: string | null): string | null => {
    if (code) return t(`reasons.${code}`);
    return text ? typedText(text) : null;
  };
}
