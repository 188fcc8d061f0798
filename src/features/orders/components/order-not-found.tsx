import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconSearchOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { setDataMode, useDataMode } from '@/lib/data-mode';
import { orderPaths } from '../paths';

/** An order number unknown in this data mode: say so plainly, and offer the other mode and the list. */
export function OrderNotFound({ orderNumber }: { orderNumber: string }) {
  const { t } = useTranslation('orders');
  const mode = useDataMode();
  const other = mode === 'live' ? 'test' : 'live';
  return (
    <Stack align="center" gap="sm" py="xl" ta="center">
      <IconSearchOff size={40} aria-hidden />
      <Title order={1} size="h2">
        {t(`detail.notFound.${mode}`, { orderNumber })}
      </Title>
      <Text maw={520}>{t(`detail.notFoundHint.${mode}`)}</Text>
      <Group justify="center" gap="sm">
        <Button component={Link} to={orderPaths.list()} leftSection={<IconArrowLeft size={16} aria-hidden />}>
          {t('detail.backToList')}
        </Button>
        <Button variant="default" onClick={() => setDataMode(other)}>
          {t(`detail.lookIn.${other}`)}
        </Button>
      </Group>
    </Stack>
  );
}
