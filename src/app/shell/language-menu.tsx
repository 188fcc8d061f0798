import { Button, Menu } from '@mantine/core';
import { IconCheck, IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { languages } from '@/lib/i18n';
import { chooseLanguage } from '../languages/load';
import classes from './shell.module.css';

export function LanguageMenu() {
  const { t, i18n } = useTranslation('shell');
  const current = languages.find((language) => language.code === i18n.language) ?? languages[0];
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconLanguage size={16} aria-hidden />}
          // On a phone the code alone: the header's controls then fit 320 px whole.
          classNames={{ section: classes.languageIcon }}
          aria-label={t('language.menu', { code: current.code.toUpperCase(), language: current.label })}
        >
          {current.code.toUpperCase()}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('language.label')}</Menu.Label>
        {languages.map((language) => (
          <Menu.Item
            key={language.code}
            lang={language.code}
            aria-current={language.code === current.code ? 'true' : undefined}
            rightSection={language.code === current.code ? <IconCheck size={14} aria-hidden /> : null}
            onClick={() => void chooseLanguage(i18n, language.code)}
          >
            {language.label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
