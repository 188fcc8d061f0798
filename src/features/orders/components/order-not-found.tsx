import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconSearch, IconSearchOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { setDataMode, useDataMode } from '@/lib/data-mode';
import { orderPaths } from '../paths';

/** Order numbers are digits only: anything else in the address was never one, in either mode. */
const orderNumberPattern = /^\d+$/;

/**
 * An order number unknown in this data mode: say so plainly, and offer the other mode and the list.
 * Text that is no order number at all (a name typed into the address) is offered to the search.
 */
export function OrderNotFound({ orderNumber }: { orderNumber: string }) {
  const { t } = useTranslation('orders');
  const mode = useDataMode();
  const other = mode === 'live' ? 'test' : 'live';
  const backToList = (
    <Button component={Link} to={orderPaths.list()} leftSection={<IconArrowLeft size={16} aria-hidden />}>
      {t('detail.backToList')}
    </Button>
  );
  if (!orderNumberPattern.test(orderNumber)) {
    return (
      <Explained title={t('detail.notAnOrderNumber', { text: orderNumber })} hint={t('detail.notAnOrderNumberHint')}>
        <Button component={Link} to={orderPaths.list(new URLSearchParams({ q: orderNumber }))} leftSection={<IconSearch size={16} aria-hidden />}>
          {t('detail.searchFor', { text: orderNumber })}
        </Button>
        {backToList}
      </Explained>
    );
  }
  return (
    <Explained title={t(`detail.notFound.${mode}`, { orderNumber })} hint={t(`detail.notFoundHint.${mode}`)}>
      {backToList}
      <Button variant="default" onClick={() => setDataMode(other)}>
        {t(`detail.lookIn.${other}`)}
      </Button>
    </Explained>
  );
}

function Explained({ title, hint, children }: { title: string; hint: string; children: ReactNode }) {
  return (
    <Stack align="center" gap="sm" py="xl" ta="center">
      <IconSearchOff size={40} aria-hidden />
      <Title order={1} size="h2">
        {title}
      </Title>
      <Text maw={520}>{hint}</Text>
      <Group justify="center" gap="sm">
        {children}
      </Group>
    </Stack>
  );
}
