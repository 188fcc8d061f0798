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

/** How long the backend waits after a request before it does work nobody is waiting for yet. */
const quietMs = 1_000;
let lastRequestAt = Number.NEGATIVE_INFINITY;

/** Called as each request arrives. */
export function noteRequest(): void {
  lastRequestAt = performance.now();
}

/**
 * The same, but only while no request has arrived for a second: on two cores, work done while
 * someone clicks through the pages would slow the page that renders the answer.
 */
export function inQuietSlices(step: () => boolean): void {
  const next = () => {
    const quietFor = performance.now() - lastRequestAt;
    if (quietFor < quietMs) setTimeout(next, quietMs - quietFor);
    else if (!step()) setTimeout(next, 0);
  };
  setTimeout(next, 0);
}
