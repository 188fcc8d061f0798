/**
 * Text a person typed (a reason, a note, a name), ready to be placed inside a sentence: wrapped in
 * Unicode isolates, so right-to-left marks or overrides in it cannot reorder the words around it.
 * Such text is only ever passed to `t()` as an interpolated value, never as a key or a default.
 */
export function typedText(text: string): string {
  return `\u2068${text}\u2069`;
}
