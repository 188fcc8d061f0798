// The shape of the provider's support in one language; each language writes its own replies.
import type { Currency } from '@/contract/common';
import type { TicketStatus, Topic } from '@/contract/support';

/** One reply of a script, and the state it leaves the request in. */
export type Step = { status: Exclude<TicketStatus, 'open'>; body: string };

/** What a reply may name, days and amounts already written in the reply's language; null when the request does not say. */
export interface ReplyFacts {
  orderNumber: string | null;
  wishedDueDate: string | null;
  paymentDate: string | null;
  paidAmount: string | null;
  shopperBankReference: string | null;
}

export interface ReplyTexts {
  /** The locale days and money are written in, by the merchant's currency: Swiss for francs, as the app writes them. */
  locales: Record<Currency, string>;
  /** How an agent signs: "Claire Peeters, Comptoir Pay support". */
  signature: (agent: string) => string;
  /** Each topic's script: the reply to the merchant's first message, to their second, and so on. */
  scripts: Record<Topic, (facts: ReplyFacts) => Step[]>;
  /** The reply past the end of a script, which closes the request. */
  closing: (ticketNumber: string) => string;
  /** A reply that says the accounting team has the question in hand. */
  holding: string;
}
