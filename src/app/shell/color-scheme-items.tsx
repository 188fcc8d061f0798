import { Menu, useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The appearances a user may choose: as the system has it, light or dark. */
export const colorSchemes: readonly MantineColorScheme[] = ['auto', 'light', 'dark'];

/** The user menu's choice of appearance: as the system has it, light or dark. */
export function ColorSchemeItems() {
  const { t } = useTranslation('shell');
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  return (
    <>
      <Menu.Label>{t('appearance.label')}</Menu.Label>
      {colorSchemes.map((scheme) => (
        <Menu.Item
          key={scheme}
          // One choice of three: radio items, the chosen one checked, which a screen reader says.
          // Mantine names every item a plain menu item, after the props it is given.
          renderRoot={(props) => <button type="button" {...props} role="menuitemradio" aria-checked={colorScheme === scheme} />}
          rightSection={colorScheme === scheme ? <IconCheck size={14} aria-hidden /> : null}
          onClick={() => setColorScheme(scheme)}
        >
          {t(`appearance.${scheme}`)}
        </Menu.Item>
      ))}
    </>
  );
}
