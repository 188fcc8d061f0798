import { Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

type Props = {
  title: string;
  subtitle?: string;
  /** A second, smaller line: how to read what the page shows. */
  note?: string;
  actions?: ReactNode;
};

/** The title of a page, a line on what it is for, and its main actions on the right. */
export function PageHeader({ title, subtitle, note, actions }: Props) {
  return (
    <Group justify="space-between" align="flex-end">
      <div>
        <Title order={1}>{title}</Title>
        {subtitle && (
          <Text c="dimmed" size="sm">
            {subtitle}
          </Text>
        )}
        {note && (
          <Text c="dimmed" size="xs" maw={640}>
            {note}
          </Text>
        )}
      </div>
      {actions}
    </Group>
  );
}
