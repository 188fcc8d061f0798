/**
 * Whether two values read from JSON hold the same data: the same primitives, and objects or arrays
 * with the same keys holding the same data. Two answers describe one order with two equal objects.
 */
export function sameData(before: unknown, after: unknown): boolean {
  if (before === after) return true;
  if (typeof before !== 'object' || typeof after !== 'object' || before === null || after === null) return false;
  if (Array.isArray(before) !== Array.isArray(after)) return false;
  const keys = Object.keys(before);
  if (keys.length !== Object.keys(after).length) return false;
  return keys.every((key) => Object.hasOwn(after, key) && sameData((before as Record<string, unknown>)[key], (after as Record<string, unknown>)[key]));
}
