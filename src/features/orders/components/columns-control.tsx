import { ActionIcon, Button, Checkbox, Group, Popover, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconColumns3, IconRestore } from '@tabler/icons-react';
import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { canHideColumn, defaultColumnLayout, moveColumn, orderedColumns, setColumnShown, type ColumnLayout } from '../lib/column-layout';
import classes from './orders-table.module.css';

type Props = {
  /** The columns the user may lay out, in their default order, with their names. */
  columns: { id: string; name: string }[];
  layout: ColumnLayout;
  onChange: (layout: ColumnLayout) => void;
  /** Columns the filters leave empty, out of the list for now whatever the layout says. */
  leftOut: readonly string[];
};

/**
 * The "Columns" button beside the row spacing. Memoised, and its panel is a component of its own:
 * a new filter renders neither while the panel is closed.
 */
export const ColumnsControl = memo(function ColumnsControl(props: Props) {
  const { t } = useTranslation('orders');
  return (
    // Kept within the screen: the list of columns scrolls rather than the panel running off the page.
    <Popover position="bottom-end" shadow="md" trapFocus returnFocus width={340} middlewares={{ flip: true, shift: true, size: true }}>
      <Popover.Target>
        <Button size="xs" variant="default" leftSection={<IconColumns3 size={14} aria-hidden />}>
          {t('columnsPanel.button')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown className={classes.columnsPanel}>
        <ColumnsPanel {...props} />
      </Popover.Dropdown>
    </Popover>
  );
});

/** Which columns show, in which order, and back to the defaults. */
function ColumnsPanel({ columns, layout, onChange, leftOut }: Props) {
  const { t } = useTranslation('orders');
  const list = useRef<HTMLDivElement>(null);
  // The move button just pressed keeps the focus, though its row moved; at either end the other one takes it.
  const moved = useRef<{ id: string; by: -1 | 1 } | null>(null);
  useEffect(() => {
    const last = moved.current;
    if (!last || !list.current) return;
    moved.current = null;
    const button = (by: number) => list.current?.querySelector<HTMLButtonElement>(`[data-move="${last.id}:${by}"]:not(:disabled)`);
    (button(last.by) ?? button(-last.by))?.focus();
  }, [layout]);

  const ids = columns.map((column) => column.id);
  const names = new Map(columns.map((column) => [column.id, column.name]));
  const order = orderedColumns(layout, ids);
  const move = (id: string, by: -1 | 1) => {
    moved.current = { id, by };
    onChange(moveColumn(layout, ids, id, by));
  };

  return (
    <Stack gap="xs" mih={0}>
      <Text size="sm" fw={600}>
        {t('columnsPanel.title')}
      </Text>
      <Stack component="ul" gap={4} ref={list} className={classes.columnList}>
        {order.map((id, index) => {
          const name = names.get(id) ?? id;
          return (
            <Group component="li" key={id} justify="space-between" wrap="nowrap" gap="xs">
              <Checkbox
                size="xs"
                label={name}
                description={!canHideColumn(id) ? t('columnsPanel.alwaysShown') : leftOut.includes(id) ? t('columnsPanel.emptyHere') : undefined}
                checked={!layout.hidden.includes(id)}
                disabled={!canHideColumn(id)}
                onChange={(event) => onChange(setColumnShown(layout, id, event.currentTarget.checked))}
              />
              <Group gap={4} wrap="nowrap">
                <ActionIcon
                  variant="subtle"
                  size="sm"
                  data-move={`${id}:-1`}
                  disabled={index === 0}
                  aria-label={t('columnsPanel.moveLeft', { column: name })}
                  onClick={() => move(id, -1)}
                >
                  <IconArrowLeft size={14} aria-hidden />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  size="sm"
                  data-move={`${id}:1`}
                  disabled={index === order.length - 1}
                  aria-label={t('columnsPanel.moveRight', { column: name })}
                  onClick={() => move(id, 1)}
                >
                  <IconArrowRight size={14} aria-hidden />
                </ActionIcon>
              </Group>
            </Group>
          );
        })}
      </Stack>
      <Text size="xs" c="dimmed">
        {t('columnsPanel.hint')}
      </Text>
      <Button
        size="xs"
        variant="light"
        leftSection={<IconRestore size={14} aria-hidden />}
        onClick={() => onChange(defaultColumnLayout)}
      >
        {t('columnsPanel.reset')}
      </Button>
    </Stack>
  );
}
