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

/** `text` as Switzerland writes it. */
export function inSwissGerman(text: string): string {
  return swissForms.reduce((written, [german, swiss]) => written.replaceAll(german, swiss), text);
}
