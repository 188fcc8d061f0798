import type { EventType, OrderDocument, OrderEvent } from '@/contract/orders';
import type { OrderRecord } from './order-model';

// Money that goes back to the shopper after activation: each such change gets a credit note.
const creditEvents: ReadonlySet<EventType> = new Set<EventType>(['credited', 'reduced', 'returned']);

export interface IssuedDocument {
  document: OrderDocument;
  /** The change the document was issued for: it holds the reason and returned lines. */
  event: OrderEvent;
}

type DocumentSource = Pick<OrderRecord, 'orderNumber' | 'merchantId' | 'total' | 'events'>;

/**
 * The order's invoice and credit notes, oldest first. They follow from the
 * recorded events, so seeded and changed orders always agree with their
 * history and nothing has to be kept twice.
 */
export function issuedDocuments(order: DocumentSource): IssuedDocument[] {
  const issued: IssuedDocument[] = [];
  const base = `${order.merchantId}-${order.orderNumber}`;
  let creditNotes = 0;
  for (const event of order.events) {
    if (event.type === 'activated') {
      const number = `INV-${base}`;
      issued.push({ event, document: { id: number, type: 'invoice', number, issuedAt: event.at, amount: event.amount ?? order.total } });
    } else if (creditEvents.has(event.type) && issued.length > 0) {
      creditNotes += 1;
      const number = `CN-${base}-${creditNotes}`;
      issued.push({ event, document: { id: number, type: 'credit-note', number, issuedAt: event.at, amount: event.amount ?? 0 } });
    }
  }
  return issued;
}

export function documentsOf(order: DocumentSource): OrderDocument[] {
  return issuedDocuments(order).map(({ document }) => document);
}
