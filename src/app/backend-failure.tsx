import { Box, Button, Container, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  /** Deletes the demo data this browser keeps, so the next start begins from the seed. */
  onReset: () => Promise<void>;
  onReload: () => void;
};

/**
 * Shown instead of the app when the embedded demo backend cannot start: a blank page would leave
 * the user guessing. Offers a plain reload, then starting the demo data over.
 */
export function BackendFailure({ onReset, onReload }: Props) {
  const { t } = useTranslation('shell');
  const [resetting, setResetting] = useState(false);
  const [resetFailed, setResetFailed] = useState(false);
  const reset = () => {
    setResetting(true);
    onReset().then(onReload, () => {
      setResetting(false);
      setResetFailed(true);
    });
  };
  return (
    <Box component="main" id="main">
      <Container size="sm" py="xl">
        <Stack gap="md" align="flex-start">
          <Title order={1} size="h2">
            {t('backendFailure.title')}
          </Title>
          <Text>{t('backendFailure.explain')}</Text>
          {resetFailed && (
            <Text c="var(--mantine-color-error)" role="alert">
              {t('backendFailure.resetFailed')}
            </Text>
          )}
          <Group gap="sm">
            <Button onClick={onReload}>{t('backendFailure.reload')}</Button>
            <Button variant="default" loading={resetting} onClick={reset}>
              {t('backendFailure.reset')}
            </Button>
          </Group>
        </Stack>
      </Container>
    </Box>
  );
}
