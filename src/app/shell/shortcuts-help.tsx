import { Kbd, Modal, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useReturnFocus } from '@/components/use-return-focus';
import { paletteKeys } from './palette-keys';
import type { GoTo } from './shortcuts';

type Props = { opened: boolean; onClose: () => void; goTo: GoTo[] };

/** The list of keyboard shortcuts, opened with "?". */
export default function ShortcutsHelp({ opened, onClose, goTo }: Props) {
  const { t } = useTranslation('shell');
  // Loaded when first asked for, the dialog mounts already open: Mantine's own return of the focus
  // would not know where the focus was.
  useReturnFocus(opened);
  const palette = paletteKeys(t);
  // Keys pressed one after the other, or held together (the palette's).
  const rows: { keys: string[]; together?: boolean; does: string }[] = [
    { keys: [palette.modifier, palette.key], together: true, does: t('shortcuts.palette') },
    { keys: ['/'], does: t('shortcuts.search') },
    ...goTo.map(({ key, label }) => ({ keys: ['g', key], does: t('shortcuts.goTo', { section: label }) })),
    { keys: ['?'], does: t('shortcuts.help') },
  ];
  return (
    <Modal opened={opened} onClose={onClose} title={t('shortcuts.title')} returnFocus={false} closeButtonProps={{ 'aria-label': t('shortcuts.close') }}>
      <Table>
        <caption className="visually-hidden">{t('shortcuts.title')}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('shortcuts.keys')}</Table.Th>
            <Table.Th>{t('shortcuts.does')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ keys, together = false, does }) => (
            <Table.Tr key={does}>
              <Table.Td>
                {keys.map((key, index) => (
                  <span key={key}>
                    {index > 0 && (together ? ' + ' : ` ${t('shortcuts.then')} `)}
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
