import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';

/** Who changed something last, and when; or that it is as the merchant signed up. */
export function LastChange({ at, by }: { at: string | null; by: string | null }) {
  const { t } = useTranslation('account');
  const format = useFormat();
  return (
    <Text size="sm" c="dimmed">
      {at && by ? t('lastChange.changed', { date: format.dateTime(at), name: by }) : t('lastChange.original')}
    </Text>
  );
}
