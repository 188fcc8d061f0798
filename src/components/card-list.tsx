import { Paper, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './card-list.module.css';

/**
 * A list drawn as cards, for a phone: one list item per record, named as the table it stands for;
 * by `labelledBy`, the id of a visible heading naming it, rather than a second copy of its words.
 */
export function CardList({ children, ...name }: { children: ReactNode } & ({ label: string } | { labelledBy: string })) {
  return (
    <Stack
      component="ul"
      // Safari no longer calls a list without bullets a list, unless told so.
      role="list"
      gap="xs"
      aria-label={'label' in name ? name.label : undefined}
      aria-labelledby={'labelledBy' in name ? name.labelledBy : undefined}
      className={classes.list}
    >
      {children}
    </Stack>
  );
}

/** One record of a card list. */
export function CardListItem({ children }: { children: ReactNode }) {
  return (
    <Paper component="li" withBorder radius="md" p="sm">
      {children}
    </Paper>
  );
}
