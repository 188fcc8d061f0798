import { startTransition, useEffect, useState } from 'react';
import type { Density } from './use-density';

/** A row's height in pixels, near enough to keep the page's length while the other rows render. */
export const estimatedRowHeight: Record<Density, number> = { compact: 31, comfortable: 37 };
/**
 * What stands above a list's first row at the least: the app's header, the page's title, views and
 * filters (413 px at 1440 px wide and wider; more where the filters wrap).
 */
const aboveTheRows = 410;

/**
 * How many rows a list's first paint shows: those the window has room for below the filters. The
 * list renders the others a moment later, in a render of their own, so that building rows nobody
 * can see yet does not hold back the ones in sight. `undefined` from then on: every row shows.
 */
export function useRowsInSightFirst(density: Density): number | undefined {
  const [inSight, setInSight] = useState<number | undefined>(() =>
    Math.max(1, Math.ceil((window.innerHeight - aboveTheRows) / estimatedRowHeight[density])),
  );
  useEffect(() => {
    startTransition(() => setInSight(undefined));
  }, []);
  return inSight;
}
