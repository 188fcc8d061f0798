import type { TFunction } from 'i18next';
import { isActionOpen } from '@/contract/order-action-statuses';
import { isApiError } from '@/lib/api-error';
import type { BulkOutcome } from '../api/bulk-order-action';
import { actionErrorMessage } from './action-errors';
import { whyNotExtendable, type FormatDate } from './expiry-extension';
import { hasExpired } from './order-figures';

type Refusal = Extract<BulkOutcome, { ok: false }>;

/**
 * Why one order of a batch was not activated: what became of it (read afresh after a 409), or else
 * what the problem's type says; other errors read as in the single-order dialog.
 */
export function bulkRefusalReason({ error, fresh }: Refusal, t: TFunction<'orders'>): string {
  if (fresh && !isActionOpen('activate', fresh.status)) {
    if (hasExpired(fresh)) return t('bulk.why.expired');
    return t(`bulk.why.${fresh.status}`);
  }
  if (isApiError(error, 'conflict')) {
    return fresh || error.problem?.type.endsWith('/stale-version') ? t('bulk.why.changed') : t('bulk.why.notCreated');
  }
  return actionErrorMessage(error, t);
}

/** Why one order's expiry was not extended: what the order says now (read afresh after a 409), or what the error says. */
export function extensionRefusalReason({ error, fresh }: Refusal, t: TFunction<'orders'>, date: FormatDate): string {
  if (fresh) return whyNotExtendable(fresh, t, date) ?? t('bulkExtend.why.changed');
  if (isApiError(error, 'conflict') && error.problem?.type.endsWith('/stale-version')) return t('bulkExtend.why.changed');
  return actionErrorMessage(error, t);
}
