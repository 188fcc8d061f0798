import { useCallback, useRef, useState } from 'react';

/**
 * The height of the element given `ref`, kept up to date. Unlike a hook that keeps the whole box,
 * a change of width alone (the first measure, a resize of the window) renders nothing again: the
 * signed-in frame, which places its header by this height, was rendered a second time on every
 * load while the first rows were still being laid out.
 */
export function useElementHeight<Element extends HTMLElement>(): { ref: (element: Element | null) => void; height: number } {
  const [height, setHeight] = useState(0);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((element: Element | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!element) return;
    observer.current = new ResizeObserver(([entry]) => {
      if (entry) setHeight(entry.borderBoxSize[0]?.blockSize ?? entry.contentRect.height);
    });
    observer.current.observe(element);
  }, []);
  return { ref, height };
}
