import type { OrderRecord } from '../rules/order-model';
import type { SeedConfig } from './seed';

export interface Session {
  token: string;
  email: string;
  createdAt: string;
  expiresAt: string;
}

/**
 * One change to the database, recorded whole so that replaying the journal
 * over the seed rebuilds the state in any tab.
 */
export type JournalEntry =
  /** The complete order after a change. */
  | { kind: 'order'; order: OrderRecord }
  | { kind: 'session-created'; session: Session }
  | { kind: 'session-deleted'; token: string }
  /** Back to a freshly seeded state; the listed sessions carry over. */
  | { kind: 'reset'; seed: SeedConfig; sessions: Session[] };
