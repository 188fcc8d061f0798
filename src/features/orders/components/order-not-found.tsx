import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconArrowLeft, IconSearch, IconSearchOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '@/lib/api-error';
import { setDataMode, useDataMode, type DataMode } from '@/lib/data-mode';
import { orderQueryOptions } from '../api/get-order';
import { lastListSearch } from '../lib/list-address';
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
  const backToList = (
    <Button component={Link} to={orderPaths.list(lastListSearch())} leftSection={<IconArrowLeft size={16} aria-hidden />}>
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
  return <UnknownHere orderNumber={orderNumber} mode={mode} backToList={backToList} />;
}

/**
 * An order number this mode does not know: the other mode is asked for it, so that the page offers
 * to open it there only when it is there, and says so when it is in neither.
 */
function UnknownHere({ orderNumber, mode, backToList }: { orderNumber: string; mode: DataMode; backToList: ReactNode }) {
  const { t } = useTranslation('orders');
  const other = mode === 'live' ? 'test' : 'live';
  const elsewhere = useQuery(orderQueryOptions(other, orderNumber));
  const title = t(`detail.notFound.${mode}`, { orderNumber });
  if (elsewhere.isPending) return <Explained title={title} hint={t(`detail.checkingOther.${mode}`)} busy>{backToList}</Explained>;
  // Refused there (live data opens once the security check has passed) is not there either.
  const notThere = isApiError(elsewhere.error, 'not-found') || isApiError(elsewhere.error, 'forbidden');
  if (!notThere) {
    // Found there; or the other mode could not answer, and the user may still look for themselves.
    return (
      <Explained title={title} hint={t(elsewhere.isSuccess ? `detail.inOther.${mode}` : `detail.notFoundHint.${mode}`)}>
        <Button variant={elsewhere.isSuccess ? 'filled' : 'default'} onClick={() => setDataMode(other)}>
          {t(elsewhere.isSuccess ? `detail.openIn.${other}` : `detail.lookIn.${other}`)}
        </Button>
        {backToList}
      </Explained>
    );
  }
  return (
    <Explained title={title} hint={t(`detail.inNeither.${mode}`)}>
      {backToList}
    </Explained>
  );
}

function Explained({ title, hint, busy = false, children }: { title: string; hint: string; busy?: boolean; children: ReactNode }) {
  return (
    <Stack align="center" gap="sm" py="xl" ta="center" aria-busy={busy || undefined}>
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
