import { z } from 'zod';
import { modeHeader, problemSchema, type Problem } from '@/contract/common';
import { ApiError, isAbort, problemFromStatus } from '@/lib/api-error';
import type { DataMode } from '@/lib/data-mode';
import { env } from '@/lib/env';
import { sessionToken } from '@/lib/session-token';

type QueryValue = string | number | readonly string[] | null | undefined;
export type QueryParams = Record<string, QueryValue>;

export type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** The data world the call belongs to; omitted only for session calls. */
  mode?: DataMode;
  query?: QueryParams;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
};

let onUnauthorized: () => void = () => {};

/** The app decides what a 401 means for the user (back to sign-in). */
export function setUnauthorizedHandler(handler: () => void) {
  onUnauthorized = handler;
}

/** Builds a query string; arrays become comma-separated values, empty values are left out. */
export function toQueryString(query: QueryParams = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === null || value === undefined || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(','));
    } else {
      params.set(key, String(value));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Stands for a body that could not be read as JSON. */
const notJson = Symbol('not JSON');

async function send(path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  const token = sessionToken.get();
  if (token) headers.Authorization = `Bearer ${token}`;
  if (options.mode) headers[modeHeader] = options.mode;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(`${env.apiUrl}${path}${toQueryString(options.query)}`, {
      method: options.method ?? 'GET',
      headers,
      // The API knows a caller by its bearer token alone: no cookie goes with a call.
      credentials: 'omit',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ApiError('network', null, null, `${options.method ?? 'GET'} ${path} reached no server`);
  }
  if (!response.ok) throw await toApiError(response);
  return response;
}

/** The members every problem document has; a problem missing one of them is no problem document. */
const problemBasics = new Set<PropertyKey>(['type', 'title', 'status', 'detail']);

/**
 * `json` read as a problem document, or null when it is none. An extension member this client
 * reads in another shape (a newer server's `passwordRefusal`) is left out, not the whole problem:
 * its field messages still reach the form.
 */
function readProblem(json: unknown): Problem | null {
  const parsed = problemSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  if (typeof json !== 'object' || json === null) return null;
  const broken = new Set(parsed.error.issues.map((issue) => issue.path[0]).filter((key) => key !== undefined && !problemBasics.has(key)));
  const again = problemSchema.safeParse(Object.fromEntries(Object.entries(json).filter(([key]) => !broken.has(key))));
  return again.success ? again.data : null;
}

async function toApiError(response: Response): Promise<ApiError> {
  // Not a problem document (a proxy's plain-text 502, a half-filled one): the status alone tells what happened.
  const problem = readProblem(await response.json().catch(() => undefined)) ?? problemFromStatus(response.status, response.statusText);
  const error = ApiError.fromStatus(response.status, problem);
  if (error.kind === 'unauthorized' && sessionToken.get()) onUnauthorized();
  return error;
}

/** Calls the API and validates the JSON answer against its schema. */
export async function apiRequest<Schema extends z.ZodType>(
  path: string,
  schema: Schema,
  options: RequestOptions = {},
): Promise<z.infer<Schema>> {
  const response = await send(path, options);
  const answered = `${options.method ?? 'GET'} ${path} answered ${response.status}`;
  const json: unknown = response.status === 204 ? null : await response.json().catch(() => notJson);
  if (json === notJson) throw new ApiError('invalid-response', response.status, null, `${answered} with a body that is not JSON`);
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    // Say what broke and where, on one line, so that a log or a bug report shows it whole.
    const issues = z.prettifyError(parsed.error).replace(/\s*\n\s*/g, ' ');
    throw new ApiError('invalid-response', response.status, null, `${answered} with a body that breaks the contract: ${issues}`);
  }
  return parsed.data;
}

/** Calls an endpoint that answers nothing (204). */
export async function apiCommand(path: string, options: RequestOptions = {}): Promise<void> {
  await send(path, options);
}

export type DownloadedFile = { blob: Blob; filename: string };

export type DownloadOptions = RequestOptions & {
  /** Called with each part of the file as it arrives, and the answer's headers. */
  onChunk?: (chunk: Uint8Array, headers: Headers) => void;
};

const blobPartBytes = 1024 * 1024;

/**
 * Fetches a file (CSV, PDF), part by part as the server sends it; the filename comes from
 * Content-Disposition when the server gives one. Aborting `signal` stops it at any point.
 */
export async function apiDownload(path: string, fallbackName: string, { onChunk, ...options }: DownloadOptions = {}): Promise<DownloadedFile> {
  const response = await send(path, { ...options, headers: { Accept: '*/*', ...options.headers } });
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const filename = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? fallbackName;
  const type = response.headers.get('Content-Type') ?? '';
  if (!response.body) return { blob: new Blob([], { type }), filename };
  // The file is gathered in Blobs of about a megabyte as it arrives: one Blob made of a 20 MB
  // export's chunks at the end, and its object URL, took the page about 180 ms in one task.
  const blobs: Blob[] = [];
  let pending: Uint8Array<ArrayBuffer>[] = [];
  let pendingBytes = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    pending.push(value);
    pendingBytes += value.byteLength;
    if (pendingBytes >= blobPartBytes) {
      blobs.push(new Blob(pending));
      pending = [];
      pendingBytes = 0;
    }
    onChunk?.(value, response.headers);
  }
  return { blob: new Blob([...blobs, ...pending], { type }), filename };
}
