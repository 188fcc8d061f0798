/**
 * Calls `callback` once the browser has painted the frame that follows the current task, or after
 * `latestMs` at the latest (a hidden tab paints no frame). A render started from an input's own
 * handler would otherwise hold that frame back, and the input would seem to go unanswered.
 */
export function afterNextPaint(callback: () => void, latestMs = 100): void {
  let called = false;
  const call = () => {
    if (called) return;
    called = true;
    callback();
  };
  // The frame's callbacks run just before it paints; a task queued from them runs after it.
  requestAnimationFrame(() => setTimeout(call, 0));
  setTimeout(call, latestMs);
}
