import { DateField } from '@/components/date-field';
import { isWholeDate } from '../lib/list-params';

type Props = {
  label: string;
  description?: string;
  /** The date in the URL, `YYYY-MM-DD`, or null. */
  value: string | null;
  error?: string;
  onCommit: (value: string | null) => void;
  /** Hears when the field holds text that is no date, and when it no longer does. */
  onUnreadableChange: (unreadable: boolean) => void;
};

/**
 * A date filter that keeps what is being typed: only a whole date, or an emptied field, goes to the
 * URL, and no year before any order (0202 on its way to 2026). The field re-read from the URL
 * would otherwise lose the digits.
 */
export function DateFilter({ label, description, value, error, onCommit, onUnreadableChange }: Props) {
  return (
    <DateField
      label={label}
      description={description}
      value={value}
      error={error}
      onUnreadableChange={onUnreadableChange}
      onChange={(next) => {
        if (next === null || isWholeDate(next)) onCommit(next);
      }}
    />
  );
}
