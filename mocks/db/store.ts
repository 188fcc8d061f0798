import { defaultOrdersPerWorld, defaultSeed } from '../config';
import { now, today } from '../rules/clock';
import { Database } from './database';
import type { JournalEntry } from './journal';
import type { SeedConfig } from './seed';

export interface WriteContext {
  /** The state, caught up with every other tab. */
  db: Database;
  /** Records a change; it is applied once the write function returns without throwing. */
  record(entry: JournalEntry): void;
}

/** A stored value that could not be applied and was left out of the state; `key` says where it is kept. */
export interface SetAsideChange {
  key: string;
  value: unknown;
}

/** Where the data lives and what of it could not be read. */
export interface StoreHealth {
  kept: 'browser' | 'file' | 'memory';
  /** Why the data is in memory only although the browser should keep it; null when by design. */
  notKeptBecause: 'unavailable' | 'blocked' | null;
  setAside: readonly SetAsideChange[];
}

/**
 * How resources reach the database, whether it is kept in IndexedDB (browser)
 * or only in memory (tests, bench).
 */
export interface Store {
  read<T>(fn: (db: Database) => T): Promise<T>;
  /** Runs `fn` against fresh state; its recorded changes are applied and kept together. */
  write<T>(fn: (context: WriteContext) => T): Promise<T>;
  health(): StoreHealth;
  /** Forgets the set-aside values for good. */
  discardSetAside(): Promise<void>;
  close(): void;
}

export class MemoryStore implements Store {
  constructor(
    protected readonly db: Database,
    private readonly notKeptBecause: StoreHealth['notKeptBecause'] = null,
  ) {}

  read<T>(fn: (db: Database) => T): Promise<T> {
    return Promise.resolve().then(() => fn(this.db));
  }

  write<T>(fn: (context: WriteContext) => T): Promise<T> {
    return Promise.resolve().then(() => {
      const entries: JournalEntry[] = [];
      const result = fn({ db: this.db, record: (entry) => entries.push(entry) });
      // Kept before applied: when keeping fails, memory still matches what was kept.
      this.keep(entries);
      for (const entry of entries) this.db.apply(entry);
      return result;
    });
  }

  /** Where a store that outlives the process writes a write's changes down; memory keeps nothing. */
  protected keep(_entries: readonly JournalEntry[]): void {}

  health(): StoreHealth {
    return { kept: 'memory', notKeptBecause: this.notKeptBecause, setAside: [] };
  }

  discardSetAside(): Promise<void> {
    return Promise.resolve();
  }

  close(): void {}
}

/** A store in memory; `notKeptBecause` says why, when it stands in for the browser's storage. */
export function memoryStore(seed: Partial<SeedConfig> = {}, notKeptBecause: StoreHealth['notKeptBecause'] = null): MemoryStore {
  return new MemoryStore(new Database({ seed: defaultSeed, ordersPerWorld: defaultOrdersPerWorld, anchor: today(), ...seed }), notKeptBecause);
}

let current: Store | null = null;

/** The store the handlers use; an in-memory one unless another was installed. */
export function currentStore(): Store {
  current ??= memoryStore();
  return current;
}

export function installStore(store: Store): void {
  current?.close();
  current = store;
}

/**
 * The entries that reseed the data on `anchor`, keeping who is signed in and the users: a reset
 * starts the kept journal again, so the users are written down after it anew.
 */
export function resetEntries(db: Database, seed: Omit<SeedConfig, 'anchor'>, anchor: string): JournalEntry[] {
  return [{ kind: 'reset', seed: { ...seed, anchor }, sessions: db.liveSessions(Date.now()) }, ...db.users.entries(now())];
}
