import type { BillingDetails, PayoutAccount } from '@/contract/account';
import type { ActivityItem } from '@/contract/activity';
import type { Mode } from '@/contract/common';
import type { ApiKeyRecord } from '../rules/api-key';
import type { OrderRecord } from '../rules/order-model';
import type { SecurityCheckRecord } from '../rules/security-check';
import type { TicketRecord } from '../rules/ticket';
import type { KeptMessage } from '../rules/ticket-thread';
import type { UserEntry } from './user-records';
import type { SeedConfig } from './seed';

export interface Session {
  token: string;
  email: string;
  createdAt: string;
  expiresAt: string;
}

/** The first successful answer to a request sent with an Idempotency-Key; a retry gets it again. */
export interface RecordedAnswer {
  merchantId: string;
  mode: Mode;
  key: string;
  /** Method, path and body of the request, so that a key cannot stand for another request. */
  request: string;
  status: number;
  body: unknown;
}

/** A change to a merchant's account, with who made it and when inside what it records. */
export type AccountEntry =
  /** The billing details as they are after the change. */
  | { kind: 'billing-details'; merchantId: string; details: BillingDetails }
  /** A new version of the payout account. */
  | { kind: 'payout-account'; merchantId: string; account: PayoutAccount }
  /** An API key as it is once made, or once revoked. */
  | { kind: 'api-key'; key: ApiKeyRecord }
  /** The security check once requested, or once passed at once. */
  | { kind: 'security-check'; merchantId: string; check: SecurityCheckRecord };

/**
 * One change to the database, recorded whole so that replaying the journal
 * over the seed rebuilds the state in any tab.
 */
export type JournalEntry =
  /** The complete order after a change. */
  | { kind: 'order'; order: OrderRecord }
  | { kind: 'idempotent-answer'; answer: RecordedAnswer }
  /** A support ticket as it was filed; seeded tickets are not recorded. */
  | { kind: 'ticket'; mode: Mode; ticket: TicketRecord }
  /** A message added to a ticket's conversation, seeded or filed. */
  | { kind: 'ticket-message'; mode: Mode; merchantId: string; ticketNumber: string; message: KeptMessage }
  /** The merchant opened a ticket: they have seen its first `seen` messages. */
  | { kind: 'ticket-read'; mode: Mode; merchantId: string; ticketNumber: string; seen: number }
  | { kind: 'session-created'; session: Session }
  | { kind: 'session-deleted'; token: string }
  | AccountEntry
  /** A line of a merchant's activity log, recorded beside the change it tells of. */
  | { kind: 'activity'; item: ActivityItem }
  /** One merchant's data, both worlds, back to the seed: its orders, tickets, recorded answers, account and activity log. */
  | { kind: 'merchant-reset'; merchantId: string }
  /** Back to a freshly seeded state; the listed sessions carry over, and the accounts are not touched. */
  | { kind: 'reset'; seed: SeedConfig; sessions: Session[] }
  | UserEntry;
