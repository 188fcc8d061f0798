import { noteRequest } from '../db/idle-slices';
import { StorageFullError } from '../db/storage-full-error';

// RFC 9457 problem details: the one shape every error of the API takes.

export type FieldErrors = Record<string, string[]>;

const kinds: Record<number, { slug: string; title: string }> = {
  400: { slug: 'malformed-request', title: 'Malformed request' },
  401: { slug: 'unauthenticated', title: 'Not signed in' },
  403: { slug: 'forbidden', title: 'Not allowed' },
  404: { slug: 'not-found', title: 'Not found' },
  405: { slug: 'method-not-allowed', title: 'Method not allowed' },
  409: { slug: 'conflict', title: 'Conflict' },
  415: { slug: 'unsupported-media-type', title: 'Unsupported media type' },
  422: { slug: 'invalid-values', title: 'Invalid values' },
  429: { slug: 'too-many-attempts', title: 'Too many attempts' },
  500: { slug: 'internal-error', title: 'Internal error' },
  503: { slug: 'unavailable', title: 'Unavailable' },
  507: { slug: 'storage-full', title: 'Storage full' },
};

export interface ProblemOptions {
  errors?: FieldErrors;
  /** A narrower kind than the status tells, so a client can tell two conflicts apart. */
  kind?: { slug: string; title: string };
  /** Extension members, such as the version a stale change was refused against. */
  extensions?: Record<string, unknown>;
}

export function problem(status: number, detail: string, { errors, kind, extensions }: ProblemOptions = {}): Response {
  const { slug, title } = kind ?? kinds[status] ?? { slug: 'error', title: 'Error' };
  const body = { type: `https://comptoir.example/problems/${slug}`, title, status, detail, ...(errors && { errors }), ...extensions };
  const headers = new Headers({ 'Content-Type': 'application/problem+json' });
  // HTTP's rule for a 401: say how to authenticate (RFC 9110, 15.5.2).
  if (status === 401) headers.set('WWW-Authenticate', 'Bearer realm="Comptoir"');
  return new Response(JSON.stringify(body), { status, headers });
}

/** Thrown by guards and validation; the handler wrapper answers with its response. */
export class ProblemError extends Error {
  readonly response: Response;

  constructor(status: number, detail: string, options?: ProblemOptions) {
    super(detail);
    this.name = 'ProblemError';
    this.response = problem(status, detail, options);
  }
}

/**
 * Runs a handler body so that anything it throws still answers a problem:
 * the app must never see a network error from the embedded backend.
 */
export async function answer(run: () => Promise<Response>): Promise<Response> {
  noteRequest();
  try {
    return await run();
  } catch (error) {
    if (error instanceof ProblemError) return error.response;
    if (error instanceof StorageFullError) {
      return problem(507, 'The browser has no room left for the demo data, so nothing was changed. Reset the demo data or free some space for this site, then try again.');
    }
    console.error('Embedded backend failed', error);
    return problem(500, 'The demo backend failed unexpectedly. Reloading the page may help.');
  }
}
