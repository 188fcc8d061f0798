import { Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** The title of a page, a line on what it is for, and its main actions on the right. */
export function PageHeader({ title, subtitle, actions }: { title: string; subtitle?: string; actions?: ReactNode }) {
  return (
    <Group justify="space-between" align="flex-end">
      <div>
        <Title order={1}>{title}</Title>
        {subtitle && (
          <Text c="dimmed" size="sm">
            {subtitle}
          </Text>
        )}
      </div>
      {actions}
    </Group>
  );
}
