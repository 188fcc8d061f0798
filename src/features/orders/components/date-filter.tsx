import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { isWholeDate } from '../lib/list-params';

type Props = {
  label: string;
  description?: string;
  /** The date in the URL, `YYYY-MM-DD`, or null. */
  value: string | null;
  error?: string;
  onCommit: (value: string | null) => void;
};

/**
 * A date filter that keeps what is being typed. Typed by keyboard, a date input reports every
 * keystroke of the year as a date (`0002-10-10`, `0020-10-10`, …): only a whole date, or an
 * emptied field, goes to the URL, otherwise the input re-read from the URL would lose the digits.
 */
export function DateFilter({ label, description, value, error, onCommit }: Props) {
  const [typed, setTyped] = useState(value ?? '');
  const [followed, setFollowed] = useState(value);
  // Back / forward and "clear filters" change the URL under the field: follow it.
  if (value !== followed) {
    setFollowed(value);
    setTyped(value ?? '');
  }
  return (
    <TextInput
      type="date"
      label={label}
      description={description}
      value={typed}
      error={error}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setTyped(next);
        if (next === '') onCommit(null);
        else if (isWholeDate(next)) onCommit(next);
      }}
    />
  );
}
