import { renderHook } from '@testing-library/react';
import type { OrderStatus } from '@/contract/orders';
import { ApiError } from '@/lib/api-error';
import { useSeenVersion } from './use-seen-version';

const opened: { version: number; status: OrderStatus } = { version: 3, status: 'activated' };
const idle = { error: null as unknown, isPending: false, isSuccess: false };

describe('the version an action dialog confirms against', () => {
  it('stays the one it opened on, and says the order changed, naming its status only when that changed', () => {
    const { result, rerender } = renderHook(({ order }) => useSeenVersion(order, idle), { initialProps: { order: opened } });
    expect(result.current).toEqual({ version: 3, changed: null });
    rerender({ order: { version: 4, status: 'activated' } });
    expect(result.current).toEqual({ version: 3, changed: { status: null } });
    rerender({ order: { version: 5, status: 'credited' } });
    expect(result.current).toEqual({ version: 3, changed: { status: 'credited' } });
  });

  it('says nothing of the change its own action made, read again while the action is still under way or once it is done', () => {
    const { result, rerender } = renderHook(({ order, action }) => useSeenVersion(order, action), { initialProps: { order: opened, action: idle } });
    rerender({ order: { version: 4, status: 'credited' }, action: { ...idle, isPending: true } });
    expect(result.current.changed).toBeNull();
    rerender({ order: { version: 4, status: 'credited' }, action: { ...idle, isSuccess: true } });
    expect(result.current.changed).toBeNull();
  });

  it('takes the fresh order once the API refused the stale one and it has come, and no later one', () => {
    const conflict = new ApiError('conflict', 409, null);
    const refused = { error: conflict as unknown, isPending: false, isSuccess: false };
    const { result, rerender } = renderHook(({ order, action }) => useSeenVersion(order, action), { initialProps: { order: opened, action: idle } });
    // Refused before the fresh order has come: still the one shown.
    rerender({ order: opened, action: refused });
    expect(result.current).toEqual({ version: 3, changed: null });
    rerender({ order: { version: 4, status: 'activated' }, action: refused });
    expect(result.current).toEqual({ version: 4, changed: null });
    // Changed again, under the same refusal: confirming is refused again.
    rerender({ order: { version: 5, status: 'activated' }, action: refused });
    expect(result.current).toEqual({ version: 4, changed: { status: null } });
  });
});
