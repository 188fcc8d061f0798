import { Table } from '@mantine/core';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import classes from './table-scroll.module.css';

type Edges = { start: boolean; end: boolean };
const noEdge: Edges = { start: false, end: false };

/** Which edges of a box that scrolls sideways have content hidden past them, kept up to date. */
function useHiddenEdges() {
  const ref = useRef<HTMLDivElement>(null);
  const [edges, setEdges] = useState(noEdge);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const update = () => {
      // A pixel's slack: a fractional width leaves a scrollWidth one over the clientWidth.
      const scrolled = Math.abs(box.scrollLeft);
      const next = { start: scrolled > 1, end: scrolled + box.clientWidth < box.scrollWidth - 1 };
      setEdges((was) => (was.start === next.start && was.end === next.end ? was : next));
    };
    // The box narrows with the window; the table widens with its rows and its language.
    const observer = new ResizeObserver(update);
    observer.observe(box);
    const table = box.querySelector('table');
    if (table) observer.observe(table);
    box.addEventListener('scroll', update, { passive: true });
    return () => {
      observer.disconnect();
      box.removeEventListener('scroll', update);
    };
  }, []);
  return { ref, edges };
}

/**
 * The box of a table: the table should fit it, and where it cannot, it scrolls sideways and says
 * so. A shadow falls on each edge with columns hidden past it (the browser's thin scrollbar, or
 * none, is no sign of them), and the box is then a region named `label` that the keyboard reaches
 * and scrolls with the arrow keys (axe: scrollable-region-focusable); a table that fits is no stop
 * for the Tab key. `minWidth` keeps a table from squeezing its columns below it: past that, it scrolls.
 */
export function TableScroll({ label, minWidth = 0, children }: { label: string; minWidth?: number; children: ReactNode }) {
  const { ref, edges } = useHiddenEdges();
  const scrolls = edges.start || edges.end;
  return (
    <div className={classes.frame} data-hidden-start={edges.start || undefined} data-hidden-end={edges.end || undefined}>
      <Table.ScrollContainer
        ref={ref}
        minWidth={minWidth}
        type="native"
        className={classes.scroll}
        role="region"
        aria-label={label}
        tabIndex={scrolls ? 0 : undefined}
      >
        {children}
      </Table.ScrollContainer>
    </div>
  );
}
