import { act, render, screen } from '@testing-library/react';
import { useElementHeight } from './use-element-height';

type Resized = (entries: Partial<ResizeObserverEntry>[]) => void;

/** A stand-in for the browser's ResizeObserver that the test resizes by hand. */
function observedResizes() {
  const observers: Resized[] = [];
  const original = window.ResizeObserver;
  window.ResizeObserver = class {
    constructor(callback: Resized) {
      observers.push(callback);
    }
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
  const resize = (width: number, height: number) =>
    act(() => {
      for (const observer of observers) observer([{ borderBoxSize: [{ inlineSize: width, blockSize: height }], contentRect: { width, height } as DOMRectReadOnly }]);
    });
  return { resize, restore: () => (window.ResizeObserver = original) };
}

describe('useElementHeight', () => {
  let resizes: ReturnType<typeof observedResizes>;
  beforeEach(() => (resizes = observedResizes()));
  afterEach(() => resizes.restore());

  it('gives the height of the element, and renders again only when the height changes', () => {
    let renders = 0;
    function Banner() {
      renders += 1;
      const { ref, height } = useElementHeight<HTMLDivElement>();
      return <div ref={ref}>{`${height} px high`}</div>;
    }
    render(<Banner />);
    expect(screen.getByText('0 px high')).toBeInTheDocument();
    const rendersBefore = renders;

    // The first measure of an empty banner, then the window made wider: the height stays 0.
    resizes.resize(1200, 0);
    resizes.resize(1400, 0);
    expect(renders).toBe(rendersBefore);

    resizes.resize(1400, 48);
    expect(screen.getByText('48 px high')).toBeInTheDocument();
  });
});
