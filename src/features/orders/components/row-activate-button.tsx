import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { PlainButton } from '@/components/plain-button';
import { focusPageFallback } from '@/components/use-return-focus';
import type { OrderSummary } from '@/contract/orders';

/** Where the focus goes once the order is activated, found then: the button that opened the dialog has gone. */
export type FocusAfterActivation = () => HTMLElement | null;

/**
 * Lets a row's button ask the list to open the activate dialog, without rebuilding the columns. It
 * hands over where the focus goes once the activation has removed the button.
 */
export const RowActionsContext = createContext<{ onActivate: (order: OrderSummary, focusAfter: FocusAfterActivation) => void }>({ onActivate: () => {} });

/**
 * The order link of `button`'s row (a table row or a card) while the row is on the list; once the
 * activated order has left it (a list of created orders), the link of the row now in its place,
 * else of the last row; none once the list itself is gone (its last order left it).
 *
 * The list is read again after the dialog closes: a row still there then may leave a moment later.
 * Should it leave with the focus on its link, the focus follows to the row that takes its place.
 */
function rowLinkAfterActivation(button: HTMLElement): FocusAfterActivation {
  const row = button.closest<HTMLElement>('tr, li');
  const list = row?.parentElement;
  if (!row || !list) return () => null;
  const place = [...list.children].indexOf(row);
  const linkInPlace = () => {
    const inPlace = row.isConnected ? row : (list.children[place] ?? list.lastElementChild);
    return list.isConnected ? (inPlace?.querySelector<HTMLElement>('a') ?? null) : null;
  };
  return () => {
    if (row.isConnected) {
      const watch = new MutationObserver(() => {
        if (row.isConnected) return;
        watch.disconnect();
        // Only a focus the row's leaving dropped: one the user moved elsewhere stays there. With
        // the list gone too (its last order left it), the page's title has it.
        if (document.activeElement !== document.body && document.activeElement !== null) return;
        const link = linkInPlace();
        if (link) link.focus();
        else focusPageFallback();
      });
      // The page, not the list alone: the whole table goes when its last row does.
      watch.observe(list.closest('main') ?? document.body, { childList: true, subtree: true });
      // The user moved on from the row: nothing is left to follow.
      row.addEventListener('focusout', (event) => event.relatedTarget && watch.disconnect(), { once: true });
    }
    return linkInPlace();
  };
}

/** Extra small in a table row, so that it does not make the row taller than its text; plain, as it shows on many rows. */
export function RowActivateButton({ order, size = 'compact-xs' }: { order: OrderSummary; size?: 'compact-xs' | 'sm' }) {
  const { t } = useTranslation('orders');
  const { onActivate } = useContext(RowActionsContext);
  return (
    <PlainButton size={size} variant="light" onClick={(event) => onActivate(order, rowLinkAfterActivation(event.currentTarget))} aria-label={t('activate.rowLabel', { orderNumber: order.orderNumber })}>
      {t('activate.button')}
    </PlainButton>
  );
}
