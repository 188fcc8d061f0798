import { Paper, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './card-list.module.css';

/** A list drawn as cards, for a phone: one list item per record, named as the table it stands for. */
export function CardList({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack component="ul" gap="xs" aria-label={label} className={classes.list}>
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
