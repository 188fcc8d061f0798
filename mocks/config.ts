import { isValidDate } from './rules/dates';

// The page reads these before any of the backend's code has loaded: keep this module's imports light.

/** The world a demo starts from when nothing says otherwise. */
export const defaultSeed = 1;
export const defaultOrdersPerWorld = 2000;

/** The IndexedDB database every tab's demo data lives in. */
export const demoDatabaseName = 'comptoir-demo';

/** Where the demo build reads its settings; tests and curious users set them in localStorage. */
const demoConfigKeys = {
  seed: 'comptoir.demo.seed',
  ordersPerWorld: 'comptoir.demo.ordersPerWorld',
  today: 'comptoir.demo.today',
} as const;

/** Order numbers of the worlds are 1,000,000 apart in ranges of seven digits. */
const maxOrdersPerWorld = 100_000;

export interface DemoConfig {
  seed: number;
  ordersPerWorld: number;
  /** A pinned calendar day for end-to-end tests; null runs on the real date. */
  today: string | null;
}

function wholeNumber(text: string | null, min: number, max: number): number | null {
  if (text === null || !/^\d+$/.test(text.trim())) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}

/** Settings from `storage`; anything missing or malformed falls back to the default. */
export function readDemoConfig(storage: Pick<Storage, 'getItem'>): DemoConfig {
  const today = storage.getItem(demoConfigKeys.today)?.trim() ?? null;
  return {
    seed: wholeNumber(storage.getItem(demoConfigKeys.seed), 0, Number.MAX_SAFE_INTEGER) ?? defaultSeed,
    ordersPerWorld: wholeNumber(storage.getItem(demoConfigKeys.ordersPerWorld), 1, maxOrdersPerWorld) ?? defaultOrdersPerWorld,
    today: today !== null && isValidDate(today) ? today : null,
  };
}
