import { expiryExtension, type OrderSummary } from '@/contract/orders';

/** Why a created order's expiry cannot be extended now; null when it can. */
export type ExtensionBlock = 'not-created' | 'extended' | 'early';

type ExpiryFacts = Pick<OrderSummary, 'status' | 'expiryExtended' | 'daysToExpiry' | 'maxExpiresAt'>;

/** The API's rule, read from what the order states: created, not extended yet, in its last days. */
export function extensionBlock(order: ExpiryFacts): ExtensionBlock | null {
  if (order.status !== 'created' || order.daysToExpiry === null || order.maxExpiresAt === null) return 'not-created';
  if (order.expiryExtended) return 'extended';
  if (order.daysToExpiry > expiryExtension.windowDays) return 'early';
  return null;
}

/** The first day an order expiring on `expiresAt` (YYYY-MM-DD) may be extended. */
export function extendableFrom(expiresAt: string): string {
  const day = new Date(`${expiresAt}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - expiryExtension.windowDays);
  return day.toISOString().slice(0, 10);
}
