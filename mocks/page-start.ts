// The page's first import (src/main.tsx), so that the backend's worker starts while the rest of the
// page's code is still being evaluated: the worker's start (its own code, then the database) is
// the longest step of a cold load.
import { startMockBackend } from './browser';

export { forgetDemoData } from './browser';

/**
 * The demo's backend, starting; null in a build for a real API (VITE_MOCKS=false). Read from
 * import.meta.env here, not through the app's env: the build then sees a constant and leaves the
 * embedded backend out of such a build.
 */
export const mockBackend = import.meta.env.VITE_MOCKS !== 'false' ? startMockBackend() : null;

/**
 * What stopped the demo's backend from starting (its worker or its database), or null once
 * it serves. Taken here, as the backend starts, so that an early failure is no unhandled rejection.
 */
export const backendFailure: Promise<{ error: unknown } | null> = mockBackend
  ? mockBackend.ready.then(
      () => null,
      (error: unknown) => ({ error }),
    )
  : Promise.resolve(null);
