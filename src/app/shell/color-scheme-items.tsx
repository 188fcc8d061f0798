import { Menu, useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

const schemes: MantineColorScheme[] = ['auto', 'light', 'dark'];

/** The user menu's choice of appearance: as the system has it, light or dark. */
export function ColorSchemeItems() {
  const { t } = useTranslation('shell');
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  return (
    <>
      <Menu.Label>{t('appearance.label')}</Menu.Label>
      {schemes.map((scheme) => (
        <Menu.Item
          key={scheme}
          // Mantine's items are menu items, which cannot be checked: the current one is marked current.
          aria-current={colorScheme === scheme ? 'true' : undefined}
          rightSection={colorScheme === scheme ? <IconCheck size={14} aria-hidden /> : null}
          onClick={() => setColorScheme(scheme)}
        >
          {t(`appearance.${scheme}`)}
        </Menu.Item>
      ))}
    </>
  );
}
