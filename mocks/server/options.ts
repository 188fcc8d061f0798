import { parseArgs } from 'node:util';
import { defaultOrdersPerWorld, defaultSeed } from '../config';
import { isValidDate } from '../rules/dates';

export interface ApiServerOptions {
  /** 0 takes any free port. */
  port: number;
  seed: number;
  ordersPerWorld: number;
  /** Pins the backend's calendar day; null runs on the real date. */
  today: string | null;
  /** The journal file the data is kept in across restarts. */
  data: string;
  /** Start from the seed, discarding the journal. */
  fresh: boolean;
}

export const defaultOptions: ApiServerOptions = {
  port: 8787,
  seed: defaultSeed,
  ordersPerWorld: defaultOrdersPerWorld,
  today: null,
  data: 'node_modules/.cache/comptoir/api-journal.jsonl',
  fresh: false,
};

/** The same bound as the demo build's setting: order numbers of the worlds are 1,000,000 apart. */
const maxOrdersPerWorld = 100_000;

export const usage = `Usage: npm run api -- [options]

Serves the embedded backend's handlers as an HTTP API on localhost.

  --port <n>              TCP port, 0 for any free one (default ${defaultOptions.port})
  --seed <n>              seed number of the generated data (default ${defaultOptions.seed})
  --orders-per-world <n>  orders per merchant and data world, 1 to ${maxOrdersPerWorld} (default ${defaultOptions.ordersPerWorld})
  --today <YYYY-MM-DD>    pins the backend's calendar day (default: the real date)
  --data <file>           the journal the data is kept in (default ${defaultOptions.data})
  --fresh                 start from the seed, discarding the journal
  --help                  show this message`;

/** A command line that cannot be run; its message says which flag is wrong. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

function wholeNumber(flag: string, text: string | undefined, min: number, max: number, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) {
    throw new UsageError(`--${flag} must be a whole number from ${min} to ${max}; got "${text}".`);
  }
  return value;
}

const flags = {
  port: { type: 'string' },
  seed: { type: 'string' },
  'orders-per-world': { type: 'string' },
  today: { type: 'string' },
  data: { type: 'string' },
  fresh: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function readFlags(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: flags, strict: true, allowPositionals: false }).values;
  } catch (error) {
    // Unknown flags, a missing value: parseArgs says which.
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** The options of a command line, or 'help' when it asks for the usage. */
export function parseOptions(argv: readonly string[]): ApiServerOptions | 'help' {
  const values = readFlags(argv);
  if (values.help) return 'help';
  if (values.today !== undefined && !isValidDate(values.today)) {
    throw new UsageError(`--today must be a calendar date written YYYY-MM-DD; got "${values.today}".`);
  }
  if (values.data !== undefined && values.data.trim() === '') throw new UsageError('--data must name a file.');
  return {
    port: wholeNumber('port', values.port, 0, 65_535, defaultOptions.port),
    seed: wholeNumber('seed', values.seed, 0, Number.MAX_SAFE_INTEGER, defaultOptions.seed),
    ordersPerWorld: wholeNumber('orders-per-world', values['orders-per-world'], 1, maxOrdersPerWorld, defaultOptions.ordersPerWorld),
    today: values.today ?? null,
    data: values.data ?? defaultOptions.data,
    fresh: values.fresh ?? false,
  };
}
