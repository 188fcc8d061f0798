import { Alert, Container, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** An e-mailed link that was used, expired or replaced: what to do instead. */
export function LinkNoLonger({ title, explain, children }: { title: string; explain: string; children: ReactNode }) {
  return (
    <Container size="sm" py="xl">
      <Stack gap="lg">
        <Title order={1}>{title}</Title>
        <Alert color="orange">
          <Text size="sm">{explain}</Text>
        </Alert>
        {children}
      </Stack>
    </Container>
  );
}
