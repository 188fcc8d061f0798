// msw notes where each request handler is declared by taking a stack trace. The first stack trace
// taken while the worker's code is still being evaluated makes V8 work out the source positions of
// that code, one large module: some 70 ms of a cold start on this project's 2-core machine. The
// worker never shows where a handler was declared, so its errors take no stack trace until its
// modules have been evaluated. Imported first, before anything of msw.

const stackTraceLimit = Error.stackTraceLimit;
Error.stackTraceLimit = 0;

/** Gives errors their stack traces back, once the worker's modules have been evaluated. */
export function restoreStackTraces(): void {
  Error.stackTraceLimit = stackTraceLimit;
}
