import { Button, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconSearchOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { statementPaths } from '../paths';

type Props = {
  week: string;
  /** The week is still to come: the API says so by its problem type. */
  notBegun?: boolean;
};

/** A week with no statement (not begun yet, mistyped, before the merchant's first): say why, and lead back. */
export function StatementNotFound({ week, notBegun = false }: Props) {
  const { t } = useTranslation('statements');
  return (
    <Stack align="center" gap="sm" py="xl" ta="center">
      <IconSearchOff size={40} aria-hidden />
      <Title order={1} size="h2">
        {notBegun ? t('detail.notBegun', { week }) : t('detail.notFound', { week })}
      </Title>
      <Text maw={560}>{notBegun ? t('detail.notBegunHint') : t('detail.notFoundHint')}</Text>
      <Button component={Link} to={statementPaths.list()} leftSection={<IconArrowLeft size={16} aria-hidden />}>
        {t('detail.backToList')}
      </Button>
    </Stack>
  );
}
