import { useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLatest } from '@/lib/use-latest';
import { clampWidth, columnWidthLimits } from '../lib/column-layout';
import classes from './orders-table.module.css';

type Props = {
  /** The column's name, as its header reads. */
  name: string;
  /** The width the user chose, none while the browser sizes the column. */
  width: number | undefined;
  /** Said before the column was ever measured (a test's page has no layout). */
  fallbackWidth: number;
  onResize: (width: number) => void;
  onReset: () => void;
};

/**
 * The right edge of a header: dragged, or focused and moved with the arrow keys, it sets the
 * column's width; a double-click gives the column back its own width.
 */
export function ColumnResizeHandle({ name, width, fallbackWidth, onResize, onReset }: Props) {
  const { t } = useTranslation('orders');
  const [measured, setMeasured] = useState<number>();
  const latestResize = useLatest(onResize);
  // The width on screen: a column the user never sized is as wide as the browser made it.
  const current = (handle: HTMLElement) => width ?? (Math.round(handle.parentElement?.getBoundingClientRect().width ?? 0) || fallbackWidth);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const by = { ArrowLeft: -1, ArrowRight: 1 }[event.key];
    if (!by) return;
    event.preventDefault();
    onResize(clampWidth(current(event.currentTarget) + by * columnWidthLimits.step));
  };
  // A drag follows the pointer over the whole page, and ends wherever it is let go.
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.focus();
    const start = { x: event.clientX, width: current(event.currentTarget) };
    const move = (moved: globalThis.PointerEvent) => latestResize.current(clampWidth(start.width + moved.clientX - start.x));
    const end = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', end);
      window.removeEventListener('pointercancel', end);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', end);
    window.addEventListener('pointercancel', end);
  };

  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={t('columnsPanel.resize', { column: name })}
      aria-valuenow={width ?? measured ?? fallbackWidth}
      aria-valuemin={columnWidthLimits.min}
      aria-valuemax={columnWidthLimits.max}
      tabIndex={0}
      className={classes.resizeHandle}
      data-resized={width !== undefined || undefined}
      onFocus={(event) => setMeasured(current(event.currentTarget))}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onDoubleClick={onReset}
    />
  );
}
