/**
 * Runs `step` once per task until it says it is done: work a later request may need, done ahead
 * in slices so that the requests arriving meanwhile are answered between them.
 */
export function inIdleSlices(step: () => boolean): void {
  const next = () => {
    if (!step()) setTimeout(next, 0);
  };
  setTimeout(next, 0);
}
