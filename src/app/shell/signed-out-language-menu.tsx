import { Group } from '@mantine/core';
import { LanguageMenu } from './language-menu';

/** Before signing in, a page already speaks the user's language, and they may pick another. */
export function SignedOutLanguageMenu() {
  return (
    <Group justify="flex-end" p="sm">
      <LanguageMenu />
    </Group>
  );
}
