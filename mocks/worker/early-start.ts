// The backend worker's code is the slowest part of a cold start: fetched, parsed and run only once
// the app's own code has run, it would hold up the first requests. The built page therefore starts
// it from a line of its HTML, beside the app's code, and mocks/browser.ts connects to that worker.

/** The name every tab gives the SharedWorker, so that they all reach the same one. */
export const backendWorkerName = 'comptoir-demo-backend';

/** Where the page's first script leaves the worker it started, for mocks/browser.ts to take over. */
export const earlyWorkerGlobal = 'comptoirBackendWorker';

/** The inline script of the built page that starts the SharedWorker at `workerUrl`, where there is one. */
export function earlyStartScript(workerUrl: string): string {
  const options = JSON.stringify({ type: 'module', name: backendWorkerName });
  // A worker that fails to load says so once, perhaps before anyone listens: the flag keeps it.
  return `if (typeof SharedWorker !== 'undefined') { const worker = new SharedWorker(${JSON.stringify(workerUrl)}, ${options}); worker.addEventListener('error', () => { worker.failed = true; }); window.${earlyWorkerGlobal} = worker; }`;
}

/**
 * The SharedWorker the page's first script started, once: a second caller, or one after it failed
 * to load, starts its own (whose failure is then heard).
 */
export function takeEarlyWorker(): SharedWorker | null {
  const scope = window as unknown as Record<string, unknown>;
  const worker = scope[earlyWorkerGlobal] as (SharedWorker & { failed?: boolean }) | undefined;
  delete scope[earlyWorkerGlobal];
  return typeof SharedWorker !== 'undefined' && worker instanceof SharedWorker && !worker.failed ? worker : null;
}
