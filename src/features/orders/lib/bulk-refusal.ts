import type { TFunction } from 'i18next';
import { expiryExtension, type OrderSummary } from '@/contract/orders';
import { isApiError } from '@/lib/api-error';
import type { BulkOutcome } from '../api/bulk-order-action';
import { actionErrorMessage } from './action-errors';
import { extendableFrom, extensionBlock } from './expiry-extension';
import { hasExpired } from './order-figures';

type Refusal = Extract<BulkOutcome, { ok: false }>;
type FormatDate = (isoDate: string) => string;

/**
 * Why one order of a batch was not activated: what became of it (read afresh after a 409), or else
 * what the problem's type says; other errors read as in the single-order dialog.
 */
export function bulkRefusalReason({ error, fresh }: Refusal, t: TFunction<'orders'>): string {
  if (fresh && fresh.status !== 'created') {
    if (hasExpired(fresh)) return t('bulk.why.expired');
    return t(`bulk.why.${fresh.status}`);
  }
  if (isApiError(error, 'conflict')) {
    return fresh || error.problem?.type.endsWith('/stale-version') ? t('bulk.why.changed') : t('bulk.why.notCreated');
  }
  return actionErrorMessage(error, t);
}

/** Why an order's expiry cannot be extended now, in a sentence; null when it can. */
export function whyNotExtendable(order: OrderSummary, t: TFunction<'orders'>, date: FormatDate): string | null {
  switch (extensionBlock(order)) {
    case null:
      return null;
    case 'early':
      return t('extend.why.early', { date: date(extendableFrom(order.expiresAt)), days: expiryExtension.windowDays });
    case 'extended':
      return t('extend.why.extended', { date: date(order.expiresAt) });
    case 'not-created':
      return hasExpired(order) ? t('bulk.why.expired') : t('bulkExtend.why.notCreated', { status: t(`status.${order.status}`) });
  }
}

/** Why one order's expiry was not extended: what the order says now (read afresh after a 409), or what the error says. */
export function extensionRefusalReason({ error, fresh }: Refusal, t: TFunction<'orders'>, date: FormatDate): string {
  if (fresh) return whyNotExtendable(fresh, t, date) ?? t('bulkExtend.why.changed');
  if (isApiError(error, 'conflict') && error.problem?.type.endsWith('/stale-version')) return t('bulkExtend.why.changed');
  return actionErrorMessage(error, t);
}
