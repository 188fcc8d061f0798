/** The reason kept on the order: the chosen reason in the user's words, then their own note. */
export function composeReason(choiceLabel: string, note: string): string {
  const trimmed = note.trim();
  return trimmed ? `${choiceLabel}: ${trimmed}` : choiceLabel;
}
