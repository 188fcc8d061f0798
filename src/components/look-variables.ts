import type { MantineTheme } from '@mantine/core';
import type { CSSProperties } from 'react';

const looksByTheme = new WeakMap<MantineTheme, Map<string, CSSProperties>>();

/**
 * A Mantine component's CSS variables for one look (say "badge|red|light"), worked out once per
 * theme and look: the plain components draw many elements alike, where Mantine's would resolve
 * them again for each one.
 */
export function lookVariables(theme: MantineTheme, look: string, resolve: () => CSSProperties): CSSProperties {
  let looks = looksByTheme.get(theme);
  if (!looks) {
    looks = new Map();
    looksByTheme.set(theme, looks);
  }
  let variables = looks.get(look);
  if (!variables) {
    variables = resolve();
    looks.set(look, variables);
  }
  return variables;
}
