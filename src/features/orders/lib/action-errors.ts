import type { TFunction } from 'i18next';
import { isApiError } from '@/lib/api-error';

/** The sentence a failed action shows in its dialog; the dialog stays open with what was typed. */
export function actionErrorMessage(error: unknown, t: TFunction<'orders'>): string {
  if (isApiError(error, 'conflict')) {
    return error.problem?.type.endsWith('/stale-version') ? t('actions.errors.stale') : t('actions.errors.notAllowed');
  }
  if (isKeyReused(error)) return t('actions.errors.keyReused');
  if (isApiError(error, 'forbidden')) return t('actions.errors.forbidden');
  if (isApiError(error, 'not-found')) return t('actions.errors.notFound');
  if (isApiError(error, 'validation')) return t('actions.errors.validation');
  if (isApiError(error, 'network')) return t('actions.errors.network');
  if (isApiError(error, 'storage-full')) return t('actions.errors.storageFull');
  return t('actions.errors.generic');
}

/**
 * The API's 422 names the fields it refused; each field gets our own message, in the user's
 * language, rather than the server's English sentence. `lines.N.quantity` keeps its index.
 */
export function refusedFieldMessage(field: string): string | null {
  if (field === 'amount') return 'orders:validation.amountRefused';
  if (field === 'reason' || field === 'reasonCode') return 'orders:validation.reasonRefused';
  if (/^lines\.\d+\.(quantity|lineId)$/.test(field)) return 'orders:validation.quantityAboveRemaining';
  return null;
}

/** An earlier attempt under this key was applied, and this one differs from it. */
export function isKeyReused(error: unknown): boolean {
  return isApiError(error, 'validation') && Boolean(error.problem?.type.endsWith('/idempotency-key-reused'));
}

/** After a stale version or an attempt already applied, a retry is a new request against the fresh order. */
export function needsNewKey(error: unknown): boolean {
  return isApiError(error, 'conflict') || isKeyReused(error);
}
