// @vitest-environment jsdom
import { afterPointerRelease } from './after-pointer-release';

describe('an action after the pointer is released', () => {
  it('runs at once when no pointer is pressed', () => {
    const action = vi.fn();
    afterPointerRelease(action);
    expect(action).toHaveBeenCalledTimes(1);
  });

  it('waits, while a pointer is pressed, for its release and the click that follows it', async () => {
    const action = vi.fn();
    document.dispatchEvent(new Event('pointerdown'));
    afterPointerRelease(action);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(action).not.toHaveBeenCalled();
    document.dispatchEvent(new Event('pointerup'));
    expect(action).not.toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(action).toHaveBeenCalledTimes(1);
  });
});
