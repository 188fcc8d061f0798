import { useCallback, useState } from 'react';
import type { FilterName } from './list-params';

/** The filters typed as a date. */
export type DateFilterName = Extract<FilterName, 'from' | 'to' | 'creditedSince'>;

/**
 * The date filters left holding text that reads as no date (31/11/2026). Such text never reaches
 * the URL, which keeps the last whole date or none: the list waits for it to be corrected, as it
 * does for a filter the API would refuse, rather than show orders the field does not say.
 */
export function useUnreadableDates() {
  const [state, setState] = useState<{ names: readonly DateFilterName[]; fieldsKey: number }>({ names: [], fieldsKey: 0 });
  const report = useCallback(
    (name: DateFilterName, unreadable: boolean) =>
      setState((current) =>
        current.names.includes(name) === unreadable
          ? current
          : { ...current, names: unreadable ? [...current.names, name] : current.names.filter((other) => other !== name) },
      ),
    [],
  );
  // Clearing the filters empties the fields too: the URL held nothing of their text to clear.
  const reset = useCallback(() => setState((current) => ({ names: [], fieldsKey: current.fieldsKey + 1 })), []);
  return { anyUnreadable: state.names.length > 0, report, reset, fieldsKey: state.fieldsKey };
}
