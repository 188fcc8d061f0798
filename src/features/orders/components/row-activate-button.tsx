import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { PlainButton } from '@/components/plain-button';
import type { OrderSummary } from '@/contract/orders';

/**
 * Lets a row's button ask the list to open the activate dialog, without rebuilding the columns. It
 * hands over its row's order link, where the focus goes once the activation has removed the button.
 */
export const RowActionsContext = createContext<{ onActivate: (order: OrderSummary, rowLink: HTMLElement | null) => void }>({ onActivate: () => {} });

/** Extra small in a table row, so that it does not make the row taller than its text; plain, as it shows on many rows. */
export function RowActivateButton({ order, size = 'compact-xs' }: { order: OrderSummary; size?: 'compact-xs' | 'sm' }) {
  const { t } = useTranslation('orders');
  const { onActivate } = useContext(RowActionsContext);
  return (
    <PlainButton size={size} variant="light" onClick={(event) => onActivate(order, event.currentTarget.closest('tr, li')?.querySelector('a') ?? null)} aria-label={t('activate.rowLabel', { orderNumber: order.orderNumber })}>
      {t('activate.button')}
    </PlainButton>
  );
}
