import { Box, Group, Text } from '@mantine/core';
import { IconFlask } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useDataMode } from '@/lib/data-mode';
import classes from './shell.module.css';

/**
 * Impossible to miss while test data is shown, so nobody mistakes it for real orders. On a phone,
 * where it stays on screen under the header, it says so in one line rather than three.
 */
export function TestModeBanner() {
  const { t } = useTranslation('shell');
  if (useDataMode() !== 'test') return null;
  return (
    <Box className={classes.testBanner} role="status">
      <Group gap="xs" justify="center" wrap="nowrap">
        <IconFlask size={18} style={{ flexShrink: 0 }} aria-hidden />
        <Text size="sm" fw={700} visibleFrom="sm">
          {t('mode.banner')}
        </Text>
        <Text size="sm" fw={700} hiddenFrom="sm">
          {t('mode.bannerShort')}
        </Text>
      </Group>
    </Box>
  );
}
