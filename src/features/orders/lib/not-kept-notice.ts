import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Tells the user that a view or a column layout could not be kept on this device (a full or
 * blocked storage), so that a click that changed nothing does not look like it worked.
 */
export function useNotKeptNotice() {
  const { t } = useTranslation('orders');
  return useCallback(() => notifications.show({ id: 'orders-not-kept', color: 'red', message: t('storage.notKept') }), [t]);
}
