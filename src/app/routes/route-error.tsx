import { Box, Button, Container, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useRouteError } from 'react-router';
import { orderPaths } from '@/features/orders/paths';
import { isPageLoadError } from '../page-load-error';

type Props = {
  /** Outside the app's frame (sign-in, or the frame itself failed): the page is its own main landmark. */
  standalone?: boolean;
};

/**
 * What a user sees when a page breaks: what happened in plain words, a way to try again and a way
 * back to the orders. The error itself goes to the console for developers, never to the screen.
 */
export function RouteErrorPage({ standalone = false }: Props) {
  const { t } = useTranslation('shell');
  const error = useRouteError();
  const location = useLocation();
  const navigate = useNavigate();
  const loadFailed = isPageLoadError(error);

  useEffect(() => {
    console.error('A page could not be shown:', error);
  }, [error]);

  const tryAgain = () => {
    // Code that did not arrive (usually after a deploy) comes only with a fresh load of the app.
    if (loadFailed) return window.location.reload();
    // Going to the same address again renders the page anew and reloads whatever it needs.
    const { pathname, search, hash, state } = location;
    void navigate({ pathname, search, hash }, { replace: true, state });
  };

  const content = (
    <Stack gap="md" align="flex-start" maw={640}>
      <Group gap="sm" wrap="nowrap">
        <ThemeIcon color="red" variant="light" size="lg" radius="xl" aria-hidden>
          <IconAlertTriangle size={20} />
        </ThemeIcon>
        <Title order={1} size="h2">
          {t('routeError.title')}
        </Title>
      </Group>
      <Text>{loadFailed ? t('routeError.loadFailed') : t('routeError.explain')}</Text>
      <Group gap="sm">
        <Button onClick={tryAgain}>{t('routeError.retry')}</Button>
        <Button component={Link} to={orderPaths.list()} variant="default">
          {t('routeError.back')}
        </Button>
      </Group>
    </Stack>
  );

  if (!standalone) return content;
  return (
    <Box component="main" id="main">
      <Container size="sm" py="xl">
        {content}
      </Container>
    </Box>
  );
}
