// What the page and the backend worker say to each other over a MessagePort. Requests and answers
// cross as plain data with their bodies as ArrayBuffers, which are moved, not copied.

import type { DemoConfig } from '../config';

export interface WireRequest {
  method: string;
  url: string;
  headers: [string, string][];
  /**
   * Whether the page's call carried cookies. The app's calls carry none (the API knows a caller by
   * its bearer token); a request made again without it would, and msw would then look cookies up
   * in its store for each handler it tries.
   */
  credentials: RequestCredentials;
  body: ArrayBuffer | null;
}

export interface WireResponse {
  status: number;
  statusText: string;
  headers: [string, string][];
  /** A download's body is streamed, so its first rows reach the page while the rest is made. */
  body: ArrayBuffer | ReadableStream<Uint8Array>;
}

export type PageMessage =
  | { type: 'start'; config: DemoConfig }
  | { type: 'request'; id: number; request: WireRequest };

export type BackendMessage =
  /** The database is open; `keptInTabOnly` when IndexedDB could not be used. */
  | { type: 'ready'; keptInTabOnly: boolean }
  | { type: 'response'; id: number; response: WireResponse }
  /** The handlers asked for a cut network (an injected fault). */
  | { type: 'network-error'; id: number };

const bodyless = new Set(['GET', 'HEAD']);

export async function toWireRequest(request: Request): Promise<WireRequest> {
  return {
    method: request.method,
    url: request.url,
    headers: [...request.headers],
    credentials: request.credentials,
    body: bodyless.has(request.method) ? null : await request.arrayBuffer(),
  };
}

export function fromWireRequest({ method, url, headers, credentials, body }: WireRequest): Request {
  return new Request(url, { method, headers, credentials, body: body && body.byteLength > 0 ? body : null });
}

const isDownload = (response: Response) => /^attachment\b/i.test(response.headers.get('Content-Disposition') ?? '');

export async function toWireResponse(response: Response): Promise<WireResponse> {
  return {
    status: response.status,
    statusText: response.statusText,
    headers: [...response.headers],
    body: response.body && isDownload(response) ? response.body : await response.arrayBuffer(),
  };
}

/** Statuses whose answers may carry no body, by the Fetch standard. */
const nullBodyStatuses = new Set([101, 103, 204, 205, 304]);

export function fromWireResponse({ status, statusText, headers, body }: WireResponse): Response {
  return new Response(nullBodyStatuses.has(status) ? null : body, { status, statusText, headers });
}
