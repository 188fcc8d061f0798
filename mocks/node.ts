import { setupServer } from 'msw/node';
import { defaultOrdersPerWorld, defaultSeed } from './config';
import { installStore, memoryStore } from './db/store';
import { handlers } from './handlers';
import { setNow, setToday, today } from './rules/clock';

export const server = setupServer(...handlers);

export interface ResetOptions {
  seed?: number;
  ordersPerWorld?: number;
  /** Pins the clock (and the data's anchor) on this day; the real date otherwise. */
  today?: string;
  /** Fixes the instant recorded on changes; the pinned day with the real time of day otherwise. */
  now?: string;
}

/** A fresh in-memory database for the next test. */
export function resetMockBackend(options: ResetOptions = {}): void {
  setToday(options.today ?? null);
  setNow(options.now ?? null);
  installStore(
    memoryStore({
      seed: options.seed ?? defaultSeed,
      ordersPerWorld: options.ordersPerWorld ?? defaultOrdersPerWorld,
      anchor: today(),
    }),
  );
}
