import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Database } from '../db/database';
import type { JournalEntry } from '../db/journal';
import type { SeedConfig } from '../db/seed';
import { readJournalEntry, readSeedConfig } from '../db/journal-schema';
import { MemoryStore, type StoreHealth } from '../db/store';

// The journal is a text file of JSON lines: a header naming the seed, then every change in the
// order it was made. Replaying it over a freshly seeded database rebuilds the state, the same way
// the browser's IndexedDB journal does.

const format = 'comptoir-api-journal';

interface JournalHeader {
  format: typeof format;
  seed: SeedConfig;
}

/** The journal file cannot be used as it is; the message says what to do. */
export class JournalError extends Error {
  override readonly name = 'JournalError';
}

export interface OpenOptions {
  seed: number;
  ordersPerWorld: number;
  /** The day a new journal's data is anchored on; a kept journal keeps its own. */
  anchor: string;
  /** Discard what the file holds. */
  fresh: boolean;
}

export interface OpenedJournal {
  store: FileStore;
  /** Changes replayed from the file. */
  replayed: number;
  /** Why the file was started over although it held a journal, or null. */
  startedOver: string | null;
}

const asLine = (value: unknown): string => `${JSON.stringify(value)}\n`;

function parseHeader(text: string | undefined): JournalHeader | null {
  try {
    const header = JSON.parse(text ?? '') as Partial<JournalHeader> | null;
    const seed = header?.format === format ? readSeedConfig(header.seed) : null;
    return seed && { format, seed };
  } catch {
    return null;
  }
}

/** Replaces the file in one step, so a crash never leaves half a journal. */
function rewrite(file: string, seed: SeedConfig, entries: readonly JournalEntry[]): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, [{ format, seed } satisfies JournalHeader, ...entries].map(asLine).join(''));
  renameSync(temporary, file);
}

/** A store kept in a journal file: the whole state in memory, every change appended to the file. */
export class FileStore extends MemoryStore {
  private constructor(
    private readonly file: string,
    db: Database,
  ) {
    super(db);
  }

  static open(file: string, options: OpenOptions): OpenedJournal {
    mkdirSync(dirname(file), { recursive: true });
    const wanted: SeedConfig = { seed: options.seed, ordersPerWorld: options.ordersPerWorld, anchor: options.anchor };
    const startOver = (startedOver: string | null): OpenedJournal => {
      rewrite(file, wanted, []);
      return { store: new FileStore(file, new Database(wanted)), replayed: 0, startedOver };
    };
    if (options.fresh) return startOver(null);
    const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (text === '') return startOver(null);

    const lines = text.split('\n');
    const header = parseHeader(lines[0]);
    if (!header) throw new JournalError(`${file} is not a Comptoir API journal: pass --fresh to overwrite it, or --data another file.`);
    const kept = header.seed;
    if (kept.seed !== options.seed || kept.ordersPerWorld !== options.ordersPerWorld) {
      return startOver(
        `${file} holds data of seed ${kept.seed} with ${kept.ordersPerWorld} orders per world; ` +
          `starting over from seed ${options.seed} with ${options.ordersPerWorld}.`,
      );
    }

    const db = new Database(kept);
    const entries: JournalEntry[] = [];
    const body = lines.slice(1);
    for (const [index, line] of body.entries()) {
      if (line === '') continue;
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        // Only the last line can be cut short (the process died while appending): drop it.
        if (index === body.length - 1) break;
        throw new JournalError(`Line ${index + 2} of ${file} is not a journal entry: pass --fresh to start over.`);
      }
      const entry = readJournalEntry(parsed);
      if (!entry) throw new JournalError(`Line ${index + 2} of ${file} is not a change this server can apply: pass --fresh to start over.`);
      db.apply(entry);
      entries.push(entry);
    }
    // Rewriting also drops a cut-short last line, so the next append starts on a line of its own.
    rewrite(file, db.seedConfig, entries);
    return { store: new FileStore(file, db), replayed: entries.length, startedOver: null };
  }

  override health(): StoreHealth {
    return { kept: 'file', notKeptBecause: null, setAside: [] };
  }

  protected override keep(entries: readonly JournalEntry[]): void {
    if (entries.length === 0) return;
    const lastReset = entries.findLastIndex((entry) => entry.kind === 'reset');
    const reset = entries[lastReset];
    // A reset makes every earlier change moot: the journal starts again from its seed.
    if (reset?.kind === 'reset') rewrite(this.file, reset.seed, entries.slice(lastReset));
    else appendFileSync(this.file, entries.map(asLine).join(''));
  }
}
