import type { TFunction } from 'i18next';
import { isActionOpen } from '@/contract/order-action-statuses';
import { expiryExtension, type OrderSummary } from '@/contract/orders';
import { addCalendarDays } from '@/lib/calendar-days';
import { hasExpired } from './order-figures';

export type FormatDate = (isoDate: string) => string;

/** Why a created order's expiry cannot be extended now; null when it can. */
export type ExtensionBlock = 'not-created' | 'extended' | 'early';

type ExpiryFacts = Pick<OrderSummary, 'status' | 'expiryExtended' | 'daysToExpiry' | 'maxExpiresAt'>;

/** The API's rule, read from what the order states: created, not extended yet, in its last days. */
export function extensionBlock(order: ExpiryFacts): ExtensionBlock | null {
  if (!isActionOpen('extend', order.status) || order.daysToExpiry === null || order.maxExpiresAt === null) return 'not-created';
  if (order.expiryExtended) return 'extended';
  if (order.daysToExpiry > expiryExtension.windowDays) return 'early';
  return null;
}

/** The first day an order expiring on `expiresAt` (YYYY-MM-DD) may be extended. */
export function extendableFrom(expiresAt: string): string {
  return addCalendarDays(expiresAt, -expiryExtension.windowDays);
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
