import { within } from '@testing-library/react';

/** What the alerts inside `container` say, in the order they show. */
export function alertTexts(container: HTMLElement): string[] {
  return within(container)
    .queryAllByRole('alert')
    .map((alert) => alert.textContent ?? '');
}
