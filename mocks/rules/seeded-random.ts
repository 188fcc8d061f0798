// A small deterministic generator: the demo data must be identical for the
// same seed so that tests and screenshots are reproducible.

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks a key with probability proportional to its weight. */
  weighted<K extends string>(table: WeightTable<K>): K;
}

/** Weights prepared once, so that drawing from them is cheap. */
export interface WeightTable<K extends string> {
  keys: readonly K[];
  cumulative: readonly number[];
}

export function weightTable<K extends string>(weights: Readonly<Record<K, number>>): WeightTable<K> {
  const keys = Object.keys(weights) as K[];
  let sum = 0;
  const cumulative = keys.map((key) => (sum += weights[key]));
  return { keys, cumulative };
}

// FNV-1a over the joined parts: different worlds get unrelated streams.
function hashParts(parts: readonly (string | number)[]): number {
  let hash = 0x811c9dc5;
  const text = parts.join('|');
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function createRandom(...parts: readonly (string | number)[]): Random {
  let state = hashParts(parts);
  // mulberry32: tiny, fast, and good enough for demo data.
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new RangeError('Cannot pick from an empty list');
      return items[int(0, items.length - 1)] as T;
    },
    weighted: <K extends string>({ keys, cumulative }: WeightTable<K>): K => {
      const roll = next() * (cumulative[cumulative.length - 1] ?? 0);
      const index = cumulative.findIndex((bound) => roll < bound);
      return keys[index === -1 ? keys.length - 1 : index] as K;
    },
  };
}
