import { Anchor, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { orderPaths } from '@/features/orders/paths';

export function NotFoundRoute() {
  const { t } = useTranslation('shell');
  return (
    <Stack>
      <Title order={1}>{t('notFound.title')}</Title>
      <Anchor component={Link} to={orderPaths.list()}>
        {t('notFound.back')}
      </Anchor>
    </Stack>
  );
}
