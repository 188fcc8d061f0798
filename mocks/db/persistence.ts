import { demoDatabaseName } from '../config';
import { today } from '../rules/clock';
import { Database, type WorldShelf } from './database';
import type { JournalEntry } from './journal';
import type { SeedConfig } from './seed';
import { readJournalEntry, readSeedConfig } from './journal-schema';
import { openKeptWorlds, worldsStore } from './kept-worlds';
import { StorageFullError } from './storage-full-error';
import { resetEntries, type SetAsideChange, type Store, type StoreHealth, type WriteContext } from './store';

/** Another tab holds the database at an older version and does not let go of it. */
export class StorageBlockedError extends Error {
  override readonly name = 'StorageBlockedError';
}

const metaStore = 'meta';
const journalStore = 'journal';
const seedKey = 'seed';
/**
 * A journal longer than this is folded into a snapshot of the state (each changed order once, as it
 * is now), so that a long-lived demo does not replay ever more changes on each start.
 */
export const compactAfterEntries = 1_000;
/** Other tabs hear about a write here; they catch up at once instead of on their next request. */
const journalChannelName = 'comptoir-demo-journal';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function openDatabase(): Promise<IDBDatabase> {
  // Version 2 added the kept worlds.
  const opening = indexedDB.open(demoDatabaseName, 2);
  opening.onupgradeneeded = () => {
    const stores = opening.result.objectStoreNames;
    if (!stores.contains(metaStore)) opening.result.createObjectStore(metaStore);
    if (!stores.contains(journalStore)) opening.result.createObjectStore(journalStore, { autoIncrement: true });
    if (!stores.contains(worldsStore)) opening.result.createObjectStore(worldsStore);
  };
  return new Promise((resolve, reject) => {
    opening.onblocked = () => reject(new StorageBlockedError('Another tab still uses an older version of the demo data: close the other Comptoir tabs, then reload.'));
    request(opening).then((idb) => {
      // A newer version of the app wants the database: let it have it rather than stall it.
      idb.onversionchange = () => idb.close();
      resolve(idb);
    }, reject);
  });
}

/**
 * Reads the journal entries after `afterKey` within `transaction` and hands
 * them over from an IndexedDB callback, so the caller may keep using the
 * transaction (awaiting anything else would let it commit).
 */
function readJournal(
  transaction: IDBTransaction,
  afterKey: number,
  then: (entries: { key: number; value: unknown }[]) => void,
): void {
  const journal = transaction.objectStore(journalStore);
  const range = IDBKeyRange.lowerBound(afterKey, true);
  const values = journal.getAll(range);
  const keys = journal.getAllKeys(range);
  // Requests complete in the order they were made, so the values are in by now.
  keys.onsuccess = () => {
    then(keys.result.map((key, index) => ({ key: key as number, value: values.result[index] as unknown })));
  };
}

/**
 * One database for every tab: the seed in `meta` plus an append-only journal.
 * Each tab replays what it has not seen before answering; writes run inside
 * one readwrite transaction, which IndexedDB serialises across tabs.
 */
class PersistentStore implements Store {
  private db: Database;
  private lastKey = 0;
  private readonly channel: BroadcastChannel | null;
  /** Entries in the journal as this tab last saw it, to know when to fold it. */
  private journalLength = 0;
  /** Stored values that could not be applied, by journal key (or `seed`). */
  private readonly setAside = new Map<string, unknown>();

  constructor(
    private readonly idb: IDBDatabase,
    base: SeedConfig,
    setAsideSeed: unknown,
    private readonly worlds: WorldShelf | null,
  ) {
    if (setAsideSeed !== undefined) this.setAside.set('seed', setAsideSeed);
    this.db = new Database(base, worlds);
    this.channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(journalChannelName);
    // A failed early catch-up is harmless: the next request catches up again.
    if (this.channel) this.channel.onmessage = () => void this.catchUp().catch(() => undefined);
  }

  async read<T>(fn: (db: Database) => T): Promise<T> {
    await this.catchUp();
    return fn(this.db);
  }

  write<T>(fn: (context: WriteContext) => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const transaction = this.idb.transaction([journalStore, metaStore], 'readwrite');
      let result: T;
      let refused = false;
      readJournal(transaction, this.lastKey, (newer) => {
        const entries: JournalEntry[] = [];
        try {
          this.applyAll(newer);
          result = fn({ db: this.db, record: (entry) => entries.push(entry) });
        } catch (error) {
          // Nothing was applied yet, so memory still matches what is kept.
          refused = true;
          transaction.abort();
          reject(error);
          return;
        }
        for (const entry of entries) this.append(transaction, entry);
        if (this.journalLength > compactAfterEntries && this.setAside.size === 0) this.compact(transaction);
      });
      transaction.oncomplete = () => {
        this.channel?.postMessage({ lastKey: this.lastKey });
        resolve(result);
      };
      transaction.onabort = () => {
        if (refused) return;
        // The change may already be in memory: start over from what was kept.
        const failure =
          transaction.error?.name === 'QuotaExceededError'
            ? new StorageFullError('The browser has no room left for the demo data.')
            : (transaction.error ?? new Error('The change was not saved'));
        void this.reload()
          .catch(() => undefined)
          .then(() => reject(failure));
      };
    });
  }

  health(): StoreHealth {
    const setAside: SetAsideChange[] = [...this.setAside].map(([key, value]) => ({ key, value }));
    return { kept: 'browser', notKeptBecause: null, setAside };
  }

  discardSetAside(): Promise<void> {
    const keys = [...this.setAside.keys()].filter((key) => key !== 'seed').map(Number);
    return new Promise((resolve, reject) => {
      const transaction = this.idb.transaction(journalStore, 'readwrite');
      for (const key of keys) transaction.objectStore(journalStore).delete(key);
      transaction.oncomplete = () => {
        this.setAside.clear();
        resolve();
      };
      transaction.onabort = () => reject(transaction.error ?? new Error('The set-aside changes could not be discarded'));
    });
  }

  close(): void {
    this.channel?.close();
    this.idb.close();
  }

  /** Replays the entries this tab has not applied yet. */
  catchUp(): Promise<void> {
    return new Promise((resolve, reject) => {
      const transaction = this.idb.transaction(journalStore, 'readonly');
      readJournal(transaction, this.lastKey, (newer) => {
        // Settles whatever happens: a replay that threw inside this callback would never answer.
        try {
          this.applyAll(newer);
          resolve();
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
      transaction.onerror = () => reject(transaction.error ?? new Error('Could not read the journal'));
    });
  }

  /** Rebuilds the state from the kept seed and the whole journal. */
  async reload(): Promise<void> {
    const transaction = this.idb.transaction(metaStore, 'readonly');
    const base = readSeedConfig(await request(transaction.objectStore(metaStore).get(seedKey)));
    if (!base) return;
    this.db = new Database(base, this.worlds);
    this.lastKey = 0;
    this.journalLength = 0;
    await this.catchUp();
  }

  private append(transaction: IDBTransaction, entry: JournalEntry): void {
    const journal = transaction.objectStore(journalStore);
    if (entry.kind === 'reset') {
      // A reset makes every earlier entry moot: drop them so the journal stays short.
      journal.clear();
      transaction.objectStore(metaStore).put(entry.seed, seedKey);
      this.journalLength = 0;
    }
    this.db.apply(entry);
    this.journalLength += 1;
    const adding = journal.add(entry);
    adding.onsuccess = () => {
      this.lastKey = adding.result as number;
    };
  }

  /**
   * Replaces the journal with a snapshot of this tab's state, in the transaction of the write that
   * made it too long. The state in memory is already the snapshot's: nothing is applied again. A
   * tab of another worker meets the snapshot's reset and rebuilds the same state from it.
   */
  private compact(transaction: IDBTransaction): void {
    const journal = transaction.objectStore(journalStore);
    const snapshot = this.db.snapshot(Date.now());
    journal.clear();
    transaction.objectStore(metaStore).put(this.db.seedConfig, seedKey);
    for (const entry of snapshot) {
      const adding = journal.add(entry);
      adding.onsuccess = () => {
        this.lastKey = adding.result as number;
      };
    }
    this.journalLength = snapshot.length;
  }

  /** Applies what is valid; anything else is set aside, never applied and never fatal. */
  private applyAll(entries: { key: number; value: unknown }[]): void {
    for (const { key, value } of entries) {
      // Two reads in flight may bring the same entry: apply it once.
      if (key <= this.lastKey) continue;
      this.lastKey = key;
      this.journalLength += 1;
      const entry = readJournalEntry(value);
      if (!entry) {
        this.setAside.set(String(key), value);
        continue;
      }
      if (entry.kind === 'reset') {
        this.setAside.clear();
        this.journalLength = 1;
      }
      this.db.apply(entry);
    }
  }
}

/**
 * The kept seed, or `config` anchored on today when this browser has none yet or what it kept is
 * not a seed (then also returned as `setAside`).
 */
function keptSeed(idb: IDBDatabase, config: Omit<SeedConfig, 'anchor'>): Promise<{ base: SeedConfig; setAside: unknown }> {
  return new Promise((resolve, reject) => {
    // Read and create in one readwrite transaction, so two tabs opening at once agree.
    const transaction = idb.transaction(metaStore, 'readwrite');
    const meta = transaction.objectStore(metaStore);
    const reading = meta.get(seedKey) as IDBRequest<unknown>;
    let base: SeedConfig;
    let setAside: unknown;
    reading.onsuccess = () => {
      const kept = readSeedConfig(reading.result);
      if (reading.result !== undefined && !kept) setAside = reading.result;
      base = kept ?? { ...config, anchor: today() };
      if (!kept) meta.put(base, seedKey);
    };
    transaction.oncomplete = () => resolve({ base, setAside });
    transaction.onerror = () => reject(transaction.error ?? new Error('Could not read the seed'));
  });
}

/**
 * Opens (or creates) the shared database. When the configured seed or size
 * differs from the kept one, the data is reseeded for every tab. With
 * `worldsMadeBy` (the code that generates worlds), generated worlds are kept
 * too, and read back by the next start of that code.
 */
export async function openPersistentStore(config: Omit<SeedConfig, 'anchor'>, { worldsMadeBy = null }: { worldsMadeBy?: string | null } = {}): Promise<Store> {
  const idb = await openDatabase();
  const { base, setAside } = await keptSeed(idb, config);
  const worlds = worldsMadeBy === null ? null : await openKeptWorlds(idb, worldsMadeBy);
  const store = new PersistentStore(idb, base, setAside, worlds);
  const kept = await store.read((db) => db.seedConfig);
  if (kept.seed !== config.seed || kept.ordersPerWorld !== config.ordersPerWorld) {
    await store.write(({ db, record }) => resetEntries(db, config, today()).forEach(record));
  }
  return store;
}
