import { Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function SupportRoute() {
  const { t } = useTranslation('shell');
  return (
    <>
      <Title order={1}>{t('soon.supportTitle')}</Title>
      <Text>{t('soon.support')}</Text>
    </>
  );
}
