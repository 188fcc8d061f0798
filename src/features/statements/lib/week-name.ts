/**
 * A week's name as the API and the app's links write it (`2026-W48`), whatever its case in a typed
 * or pasted address (`2026-w48`); anything else is left as it is, for the API to refuse.
 */
export function canonicalWeekName(name: string): string {
  return /^\d{4}-w\d{2}$/i.test(name) ? name.toUpperCase() : name;
}
