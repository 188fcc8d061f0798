import { Alert, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A page the role may not see keeps its heading and says why, rather than showing an error. */
export function NotAllowed({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation('shell');
  return (
    <Stack>
      <Title order={1}>{title}</Title>
      <Alert color="gray" title={t('forbidden.title')}>
        {children}
      </Alert>
    </Stack>
  );
}
