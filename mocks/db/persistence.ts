import { today } from '../rules/clock';
import { Database } from './database';
import type { JournalEntry } from './journal';
import type { SeedConfig } from './seed';
import { resetEntry, type Store, type WriteContext } from './store';

const databaseName = 'comptoir-demo';
const metaStore = 'meta';
const journalStore = 'journal';
const seedKey = 'seed';
/** Other tabs hear about a write here; they catch up at once instead of on their next request. */
const journalChannelName = 'comptoir-demo-journal';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function openDatabase(): Promise<IDBDatabase> {
  const opening = indexedDB.open(databaseName, 1);
  opening.onupgradeneeded = () => {
    opening.result.createObjectStore(metaStore);
    opening.result.createObjectStore(journalStore, { autoIncrement: true });
  };
  return request(opening);
}

/**
 * Reads the journal entries after `afterKey` within `transaction` and hands
 * them over from an IndexedDB callback, so the caller may keep using the
 * transaction (awaiting anything else would let it commit).
 */
function readJournal(
  transaction: IDBTransaction,
  afterKey: number,
  then: (entries: { key: number; entry: JournalEntry }[]) => void,
): void {
  const journal = transaction.objectStore(journalStore);
  const range = IDBKeyRange.lowerBound(afterKey, true);
  const values = journal.getAll(range);
  const keys = journal.getAllKeys(range);
  // Requests complete in the order they were made, so the values are in by now.
  keys.onsuccess = () => {
    then(keys.result.map((key, index) => ({ key: key as number, entry: values.result[index] as JournalEntry })));
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

  constructor(
    private readonly idb: IDBDatabase,
    base: SeedConfig,
  ) {
    this.db = new Database(base);
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
        this.applyAll(newer);
        const entries: JournalEntry[] = [];
        try {
          result = fn({ db: this.db, record: (entry) => entries.push(entry) });
        } catch (error) {
          // Nothing was applied yet, so memory still matches what is kept.
          refused = true;
          transaction.abort();
          reject(error);
          return;
        }
        for (const entry of entries) this.append(transaction, entry);
      });
      transaction.oncomplete = () => {
        this.channel?.postMessage({ lastKey: this.lastKey });
        resolve(result);
      };
      transaction.onabort = () => {
        if (refused) return;
        // The change may already be in memory: start over from what was kept.
        const failure = transaction.error ?? new Error('The change was not saved');
        void this.reload()
          .catch(() => undefined)
          .then(() => reject(failure));
      };
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
        this.applyAll(newer);
        resolve();
      });
      transaction.onerror = () => reject(transaction.error ?? new Error('Could not read the journal'));
    });
  }

  /** Rebuilds the state from the kept seed and the whole journal. */
  async reload(): Promise<void> {
    const transaction = this.idb.transaction(metaStore, 'readonly');
    const base = await request(transaction.objectStore(metaStore).get(seedKey) as IDBRequest<SeedConfig | undefined>);
    if (!base) return;
    this.db = new Database(base);
    this.lastKey = 0;
    await this.catchUp();
  }

  private append(transaction: IDBTransaction, entry: JournalEntry): void {
    const journal = transaction.objectStore(journalStore);
    if (entry.kind === 'reset') {
      // A reset makes every earlier entry moot: drop them so the journal stays short.
      journal.clear();
      transaction.objectStore(metaStore).put(entry.seed, seedKey);
    }
    this.db.apply(entry);
    const adding = journal.add(entry);
    adding.onsuccess = () => {
      this.lastKey = adding.result as number;
    };
  }

  private applyAll(entries: { key: number; entry: JournalEntry }[]): void {
    for (const { key, entry } of entries) {
      // Two reads in flight may bring the same entry: apply it once.
      if (key <= this.lastKey) continue;
      this.db.apply(entry);
      this.lastKey = key;
    }
  }
}

/** The kept seed, or `config` anchored on today when this browser has none yet. */
function keptSeed(idb: IDBDatabase, config: Omit<SeedConfig, 'anchor'>): Promise<SeedConfig> {
  return new Promise((resolve, reject) => {
    // Read and create in one readwrite transaction, so two tabs opening at once agree.
    const transaction = idb.transaction(metaStore, 'readwrite');
    const meta = transaction.objectStore(metaStore);
    const reading = meta.get(seedKey) as IDBRequest<SeedConfig | undefined>;
    let base: SeedConfig;
    reading.onsuccess = () => {
      base = reading.result ?? { ...config, anchor: today() };
      if (!reading.result) meta.put(base, seedKey);
    };
    transaction.oncomplete = () => resolve(base);
    transaction.onerror = () => reject(transaction.error ?? new Error('Could not read the seed'));
  });
}

/**
 * Opens (or creates) the shared database. When the configured seed or size
 * differs from the kept one, the data is reseeded for every tab.
 */
export async function openPersistentStore(config: Omit<SeedConfig, 'anchor'>): Promise<Store> {
  const idb = await openDatabase();
  const store = new PersistentStore(idb, await keptSeed(idb, config));
  const kept = await store.read((db) => db.seedConfig);
  if (kept.seed !== config.seed || kept.ordersPerWorld !== config.ordersPerWorld) {
    await store.write(({ db, record }) => record(resetEntry(db, config, today())));
  }
  return store;
}
