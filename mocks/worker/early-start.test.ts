import { afterEach, describe, expect, it } from 'vitest';
import { backendWorkerName, earlyStartScript, takeEarlyWorker } from './early-start';

// A stand-in for the browser's SharedWorker that records how it was started and can fail to load.
class FakeSharedWorker extends EventTarget {
  static started: { url: string; options: unknown }[] = [];
  constructor(
    readonly url: string,
    readonly options: unknown,
  ) {
    super();
    FakeSharedWorker.started.push({ url, options });
  }
}

const scope = globalThis as unknown as Record<string, unknown>;

function runInPage(script: string) {
  scope.window = globalThis;
  scope.SharedWorker = FakeSharedWorker;
  new Function(script)();
}

afterEach(() => {
  delete scope.window;
  delete scope.SharedWorker;
  delete scope.comptoirBackendWorker;
  FakeSharedWorker.started = [];
});

describe('starting the backend worker from the page HTML', () => {
  it('starts the shared worker under the name every tab uses, and hands it over once', () => {
    runInPage(earlyStartScript('/assets/backend-worker-abc.js'));
    expect(FakeSharedWorker.started).toEqual([{ url: '/assets/backend-worker-abc.js', options: { type: 'module', name: backendWorkerName } }]);
    const worker = takeEarlyWorker();
    expect(worker).toBeInstanceOf(FakeSharedWorker);
    expect(takeEarlyWorker()).toBeNull();
  });

  it('hands over nothing when the worker failed to load, so the app starts one whose failure it hears', () => {
    runInPage(earlyStartScript('/assets/backend-worker-abc.js'));
    (scope.comptoirBackendWorker as EventTarget).dispatchEvent(new Event('error'));
    expect(takeEarlyWorker()).toBeNull();
  });

  it('does nothing where the browser has no SharedWorker', () => {
    scope.window = globalThis;
    new Function(earlyStartScript('/assets/backend-worker-abc.js'))();
    expect(scope.comptoirBackendWorker).toBeUndefined();
    expect(takeEarlyWorker()).toBeNull();
  });
});
