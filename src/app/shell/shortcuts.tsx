import { Kbd, Modal, Table } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLatest } from '@/lib/use-latest';

/** Where "g" then a letter leads; a section the user may not see is left out by the caller. */
export type GoTo = { key: string; to: string; label: string };

/** Typing in a field is never taken for a shortcut. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The keyboard shortcuts of every signed-in page: "/" searches the list, "g" then a letter goes to
 * a section, "?" lists them all. A sequence is "g" and the very next key; no timer is involved.
 */
export function Shortcuts({ goTo }: { goTo: GoTo[] }) {
  const { t } = useTranslation('shell');
  const navigate = useNavigate();
  const [helpOpen, help] = useDisclosure();
  const openHelp = help.open;
  // The sections change with the language and the role; the listener reads the latest.
  const sections = useLatest(goTo);

  useEffect(() => {
    let afterG = false;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) {
        afterG = false;
        return;
      }
      const wasAfterG = afterG;
      afterG = event.key === 'g';
      if (wasAfterG) {
        const target = sections.current.find((entry) => entry.key === event.key);
        if (target) {
          event.preventDefault();
          void navigate(target.to);
        }
      } else if (event.key === '/') {
        const search = document.querySelector<HTMLInputElement>('main form[role="search"] input');
        if (search) {
          event.preventDefault();
          search.focus();
        }
      } else if (event.key === '?') {
        event.preventDefault();
        openHelp();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [navigate, openHelp, sections]);

  const rows: [string[], string][] = [
    [['/'], t('shortcuts.search')],
    ...goTo.map(({ key, label }): [string[], string] => [['g', key], t('shortcuts.goTo', { section: label })]),
    [['?'], t('shortcuts.help')],
  ];
  return (
    <Modal opened={helpOpen} onClose={help.close} title={t('shortcuts.title')} closeButtonProps={{ 'aria-label': t('shortcuts.close') }}>
      <Table>
        <caption className="visually-hidden">{t('shortcuts.title')}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('shortcuts.keys')}</Table.Th>
            <Table.Th>{t('shortcuts.does')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(([keys, does]) => (
            <Table.Tr key={does}>
              <Table.Td>
                {keys.map((key, index) => (
                  <span key={key}>
                    {index > 0 && ` ${t('shortcuts.then')} `}
                    <Kbd>{key}</Kbd>
                  </span>
                ))}
              </Table.Td>
              <Table.Td>{does}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  );
}
