import { useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * A ref that always holds the value of the last render, for listeners and memoised callbacks
 * that must stay the same function. It is set while React commits, not after paint: a click that
 * lands between the two would otherwise act on the previous render's value (a sort click that
 * dropped the filter chosen just before it).
 */
export function useLatest<Value>(value: Value): RefObject<Value> {
  const latest = useRef(value);
  useLayoutEffect(() => {
    latest.current = value;
  });
  return latest;
}
