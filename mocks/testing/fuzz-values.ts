import fc from 'fast-check';
import type { Random } from '../rules/seeded-random';

// The raw material of the fuzz (mocks/resources/fuzz.test.ts): values of every kind and shape.
// The seed is fixed so that CI sends the same requests every time; FUZZ_SEED=<n> explores others.
export const fuzzSeed = Number(process.env.FUZZ_SEED ?? 20_261_124);

export const pick = <T>(random: Random, items: readonly T[]): T => random.pick(items);

export const junk = {
  /** JSON values of any shape, nested a few levels. */
  json: fc.sample(fc.jsonValue({ maxDepth: 4 }), { seed: fuzzSeed, numRuns: 80 }),
  /** Text of any kind, lone surrogates included (JSON.stringify escapes them). */
  text: fc.sample(fc.string({ unit: 'binary', maxLength: 40 }), { seed: fuzzSeed + 1, numRuns: 40 }),
  /** Text that a URL can carry once encoded; never empty, which would leave a trailing slash (see `randomPath`). */
  words: fc.sample(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }), { seed: fuzzSeed + 2, numRuns: 40 }),
  /** Printable ASCII: what a header value may hold. */
  ascii: fc.sample(fc.string({ unit: 'grapheme-ascii', maxLength: 60 }), { seed: fuzzSeed + 3, numRuns: 40 }),
};

export const huge = 'x'.repeat(1_000_000);
const deepArray = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
const deepObject = `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`;

const numbers = [0, -1, 1, 1.5, -0.5, 2 ** 31, 2 ** 53, 2 ** 53 + 2, 1e21, 1e308, -1e308, Number.MIN_VALUE];
export const wrongValues: unknown[] = [null, true, false, '', ' ', '1', '1.0', 'NaN', [], {}, [1], { version: 1 }, ...numbers];

export const invalidJson = [
  '',
  '{',
  '}',
  '{"version":',
  '{"version":1,}',
  "{'version':1}",
  'undefined',
  'NaN',
  '{"version":1}{"version":2}',
  '\u0000',
  '\uFEFF{"version":1}',
  '{"version":01}',
  '{"version":1e400}',
  '[1,2',
  '"unterminated',
  deepArray,
  deepObject,
  `{"reason":"${huge}`,
];
