import { Button, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconHourglass, IconSearchOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApiError } from '@/lib/api-error';
import { useFormat } from '@/lib/format';
import { sundayOfIsoWeek } from '@/lib/iso-week';
import { statementPaths } from '../paths';

/** Why a week has no statement: it is still to come, still running, or there is none (mistyped, before the merchant's first). */
export type NoStatement = 'not-begun' | 'running' | 'none';

/** The API tells a week still to come and the running week by their problem types. */
export function whyNoStatement(error: ApiError): NoStatement {
  const type = error.problem?.type ?? '';
  return type.endsWith('/week-not-begun') ? 'not-begun' : type.endsWith('/week-running') ? 'running' : 'none';
}

/** A week with no statement: say why (and, for the running week, the day after which it is issued), and lead back. */
export function StatementNotFound({ week, why }: { week: string; why: NoStatement }) {
  const { t } = useTranslation('statements');
  const format = useFormat();
  const sunday = sundayOfIsoWeek(week);
  const [title, hint] =
    why === 'running' && sunday
      ? [t('detail.running', { week }), t('detail.runningHint', { date: format.date(sunday) })]
      : why === 'not-begun'
        ? [t('detail.notBegun', { week }), t('detail.notBegunHint')]
        : [t('detail.notFound', { week }), t('detail.notFoundHint')];
  return (
    <Stack align="center" gap="sm" py="xl" ta="center">
      {why === 'running' ? <IconHourglass size={40} aria-hidden /> : <IconSearchOff size={40} aria-hidden />}
      <Title order={1} size="h2">
        {title}
      </Title>
      <Text maw={560}>{hint}</Text>
      <Button component={Link} to={statementPaths.list()} leftSection={<IconArrowLeft size={16} aria-hidden />}>
        {t('detail.backToList')}
      </Button>
    </Stack>
  );
}
