import { Alert, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconSearchOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { signInLockout } from '@/contract/session';
import { isApiError } from '@/lib/api-error';

export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Group gap="sm">
        <Loader size="sm" />
        <Text>{label ?? t('states.loading')}</Text>
      </Group>
    </Center>
  );
}

/** Says what went wrong in the user's words and offers to try again. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const message = isApiError(error, 'network')
    ? t('errors.network')
    : isApiError(error, 'forbidden')
      ? t('errors.forbidden')
      : isApiError(error, 'not-found')
        ? t('errors.notFound')
        : isApiError(error, 'storage-full')
          ? t('errors.storageFull')
          : isApiError(error, 'rate-limited')
            ? t('errors.rateLimited', { count: error.problem?.retryAfterMinutes ?? signInLockout.lockMinutes })
            : t('errors.generic');
  return (
    <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title={t('errors.title')} role="alert">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{message}</Text>
        {onRetry && (
          <Button variant="white" color="red" onClick={onRetry}>
            {t('actions.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <Center py="xl">
      <Stack align="center" gap="xs">
        <IconSearchOff size={40} aria-hidden />
        <Title order={2} size="h4">
          {title}
        </Title>
        {children}
      </Stack>
    </Center>
  );
}
