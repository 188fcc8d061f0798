import { Button, Group, Text } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Says that the statement shows one order's movements (opened from that order's page), with the way back to all of them. */
export function OrderFilter({ order, onShowAll }: { order: string; onShowAll: () => void }) {
  const { t } = useTranslation('statements');
  return (
    <Group gap="sm">
      <Text size="sm" fw={600}>
        {t('detail.ofOrder', { order })}
      </Text>
      <Button variant="subtle" size="compact-sm" leftSection={<IconX size={14} aria-hidden />} onClick={onShowAll}>
        {t('detail.showAllMovements')}
      </Button>
    </Group>
  );
}
