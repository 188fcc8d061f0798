import { renderHook } from '@testing-library/react';
import { useEverTrue } from './use-ever-true';

describe('useEverTrue', () => {
  it('stays false until the condition first holds, then true for good', () => {
    const { result, rerender } = renderHook(({ condition }) => useEverTrue(condition), { initialProps: { condition: false } });
    expect(result.current).toBe(false);
    rerender({ condition: true });
    expect(result.current).toBe(true);
    rerender({ condition: false });
    expect(result.current).toBe(true);
  });
});
