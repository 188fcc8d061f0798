import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import classes from './bulk-bar.module.css';

type Props = {
  /** How many created orders are selected. */
  count: number;
  onOpen: (action: 'activate' | 'extend') => void;
  /** Stays under the header while the list scrolls once orders are selected (the cards of a phone). */
  sticky?: boolean;
};

/** Above the list, for an admin: what selecting does, then how many are selected and what to do with them. */
export function BulkBar({ count, onOpen, sticky = false }: Props) {
  const { t } = useTranslation('orders');
  return (
    <Group gap="sm" className={classes.bar} data-sticky={(sticky && count > 0) || undefined}>
      <Text size="sm" aria-live="polite">
        {count > 0 ? t('bulk.selected', { count }) : t('bulk.hint')}
      </Text>
      {count > 0 && (
        <>
          <Button size="xs" variant="outline" onClick={() => onOpen('extend')}>
            {t('bulkExtend.button', { count })}
          </Button>
          <Button size="xs" onClick={() => onOpen('activate')}>
            {t('bulk.button', { count })}
          </Button>
        </>
      )}
    </Group>
  );
}
