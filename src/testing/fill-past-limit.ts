import type { UserEvent } from '@testing-library/user-event';

/**
 * Replaces what `field` holds with `length` characters, pasted at once as a user pasting a long
 * text would (typing them one by one would take seconds), and returns the text.
 */
export async function fillPastLimit(user: UserEvent, field: HTMLElement, length: number): Promise<string> {
  const text = 'N'.repeat(length);
  await user.clear(field);
  await user.click(field);
  await user.paste(text);
  return text;
}
