/** The longest `afterNextPaint` waits: a hidden tab paints no frame. */
export const paintWaitLimitMs = 100;

/**
 * Calls `callback` once the browser has painted the frame that follows the current task, or after
 * `paintWaitLimitMs`. A render started from an input's own handler would otherwise hold that frame
 * back, and the input would seem to go unanswered.
 */
export function afterNextPaint(callback: () => void): void {
  let called = false;
  const call = () => {
    if (called) return;
    called = true;
    callback();
  };
  // The frame's callbacks run just before it paints; a task queued from them runs after it.
  requestAnimationFrame(() => setTimeout(call, 0));
  setTimeout(call, paintWaitLimitMs);
}
