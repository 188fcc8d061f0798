// German as Switzerland writes it, for a Swiss merchant's pages and files alike: no ß but ss
// ("Strasse"), and guillemets for quotation marks («Andere», ‹so›) where Germany writes „Andere“.

const swissForms: readonly (readonly [german: string, swiss: string])[] = [
  ['ß', 'ss'],
  ['„', '«'],
  ['“', '»'],
  ['‚', '‹'],
  ['‘', '›'],
];

/** Whether `text` holds anything Switzerland writes otherwise. */
export function hasGermanOnlyForms(text: string): boolean {
  return swissForms.some(([german]) => text.includes(german));
}

/**
 * `text` as Switzerland writes it; the `given` values it holds (a name, a reference typed) stay as
 * they were given: they are set aside while the text's own words change, then put back.
 */
export function inSwissGerman(text: string, given: readonly string[] = []): string {
  const kept = given.filter((value) => value !== '' && hasGermanOnlyForms(value));
  const aside = kept.reduce((written, value, index) => written.replaceAll(value, `\u0000${index}\u0000`), text);
  const swiss = swissForms.reduce((written, [german, swissForm]) => written.replaceAll(german, swissForm), aside);
  return kept.reduce((written, value, index) => written.replaceAll(`\u0000${index}\u0000`, value), swiss);
}
