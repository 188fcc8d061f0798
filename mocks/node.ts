import { setupServer } from 'msw/node';
import { defaultOrdersPerWorld, defaultSeed, installStore, memoryStore } from './db/store';
import { handlers } from './handlers';
import { setToday, today } from './rules/clock';

export const server = setupServer(...handlers);

export interface ResetOptions {
  seed?: number;
  ordersPerWorld?: number;
  /** Pins the clock (and the data's anchor) on this day; the real date otherwise. */
  today?: string;
}

/** A fresh in-memory database for the next test. */
export function resetMockBackend(options: ResetOptions = {}): void {
  setToday(options.today ?? null);
  installStore(
    memoryStore({
      seed: options.seed ?? defaultSeed,
      ordersPerWorld: options.ordersPerWorld ?? defaultOrdersPerWorld,
      anchor: today(),
    }),
  );
}
