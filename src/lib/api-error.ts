import type { z } from 'zod';
import type { Problem } from '@/contract/common';

export type ApiErrorKind =
  | 'bad-request'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'validation'
  /** Too many failed attempts (429): the problem's `retryAfterMinutes` says how long to wait. */
  | 'rate-limited'
  | 'server'
  /** The storage behind the API has no room for the change (507): nothing was applied. */
  | 'storage-full'
  | 'network'
  | 'invalid-response';

const kindByStatus: Record<number, ApiErrorKind> = {
  400: 'bad-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  422: 'validation',
  429: 'rate-limited',
  507: 'storage-full',
};

/**
 * The problem an error answer stands for when it brought no readable problem document (a proxy's
 * plain-text 502, say): RFC 9457's `about:blank`, which means "what the status says".
 */
export function problemFromStatus(status: number, statusText = ''): Problem {
  const answer = `${status} ${statusText}`.trim();
  return { type: 'about:blank', title: statusText || `HTTP ${status}`, status, detail: `The server answered ${answer} without a problem document.` };
}

/** Every failed call surfaces as one of these, whatever went wrong on the way. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  /** The answer's HTTP status; null when no answer came. */
  readonly status: number | null;
  /** What the API said went wrong; null when the failure is no error answer (no answer, or one that breaks the contract). */
  readonly problem: Problem | null;

  constructor(kind: ApiErrorKind, status: number | null, problem: Problem | null, message = problem?.detail ?? kind) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.status = status;
    this.problem = problem;
  }

  static fromStatus(status: number, problem: Problem = problemFromStatus(status)): ApiError {
    return new ApiError(kindByStatus[status] ?? (status >= 500 ? 'server' : 'bad-request'), status, problem);
  }

  /** Field messages of a 422, keyed by field name. */
  get fieldErrors(): Record<string, string[]> {
    return this.problem?.errors ?? {};
  }
}

export function isApiError(error: unknown, kind?: ApiErrorKind): error is ApiError {
  return error instanceof ApiError && (kind === undefined || error.kind === kind);
}

/** Whether `error` is the end of a call its caller aborted (by name: jsdom and browsers differ in class). */
export function isAbort(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

/**
 * What a 409 refusing a stale save says is stored now (its problem's `current`), read with the
 * resource's `schema`; null for another error, or a `current` not of that shape.
 */
export function storedNowOfConflict<Schema extends z.ZodType>(error: ApiError, schema: Schema): z.infer<Schema> | null {
  if (!isApiError(error, 'conflict')) return null;
  const current = schema.safeParse(error.problem?.current);
  return current.success ? current.data : null;
}
