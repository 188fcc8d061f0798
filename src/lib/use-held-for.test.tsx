import { act, renderHook } from '@testing-library/react';
import { useHeldFor } from './use-held-for';

describe('useHeldFor', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('turns true only once the condition has lasted the delay, and false as soon as it ends', () => {
    const { result, rerender } = renderHook(({ condition }) => useHeldFor(condition, 250), { initialProps: { condition: true } });
    act(() => vi.advanceTimersByTime(249));
    expect(result.current).toBe(false);
    act(() => vi.advanceTimersByTime(1));
    expect(result.current).toBe(true);
    rerender({ condition: false });
    expect(result.current).toBe(false);
  });

  it('starts counting again after a break', () => {
    const { result, rerender } = renderHook(({ condition }) => useHeldFor(condition, 250), { initialProps: { condition: true } });
    act(() => vi.advanceTimersByTime(200));
    rerender({ condition: false });
    rerender({ condition: true });
    act(() => vi.advanceTimersByTime(200));
    expect(result.current).toBe(false);
    act(() => vi.advanceTimersByTime(50));
    expect(result.current).toBe(true);
  });
});
