import { MultiSelect as MantineMultiSelect, Select as MantineSelect, type MultiSelectProps, type SelectProps } from '@mantine/core';
import { useReducer } from 'react';

/**
 * Mantine's select learns the id of its list of options only once the list has mounted, after the
 * render that opened it, and keeps it where no render follows: its field then tells a screen reader
 * it is collapsed while the list shows, or names the list of the previous opening. One more render,
 * once the list is there, has the field say it is expanded and name the list shown. It comes just
 * after the list is painted, so that opening it waits for no second render.
 */
function useListNamedOnOpen(onDropdownOpen?: () => void) {
  const [, render] = useReducer((count: number) => count + 1, 0);
  return () => {
    onDropdownOpen?.();
    requestAnimationFrame(() => setTimeout(render));
  };
}

/** Mantine's Select, whose field names its open list to screen readers. */
export function Select(props: SelectProps) {
  return <MantineSelect {...props} onDropdownOpen={useListNamedOnOpen(props.onDropdownOpen)} />;
}

/** Mantine's MultiSelect, whose field names its open list to screen readers. */
export function MultiSelect(props: MultiSelectProps) {
  return <MantineMultiSelect {...props} onDropdownOpen={useListNamedOnOpen(props.onDropdownOpen)} />;
}
