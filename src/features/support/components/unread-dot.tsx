import { Box } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A dot beside a ticket the provider answered since anyone of the merchant opened it; read out as "Unread reply". */
export function UnreadDot() {
  const { t } = useTranslation('support');
  return (
    <Box
      component="span"
      role="img"
      aria-label={t('tickets.unread')}
      title={t('tickets.unread')}
      display="inline-block"
      w={8}
      h={8}
      bg="blue.7"
      style={{ borderRadius: '50%', flexShrink: 0 }}
    />
  );
}
