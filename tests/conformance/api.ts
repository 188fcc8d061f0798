import { contractViolation } from '@mocks/testing/contract-conformance';
import { CheckFailed } from './suite';

export interface CallOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** A bearer token; none when null or absent. */
  token?: string | null;
  /** The Comptoir-Mode header; 'test' when absent, none when null. */
  mode?: string | null;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as it is, with a JSON content type: for bodies that are not valid JSON. */
  rawBody?: string;
  idempotencyKey?: string;
}

/** One answer of the server, read whole. */
export class Answer {
  constructor(
    /** `METHOD /path`, for messages. */
    readonly call: string,
    readonly status: number,
    readonly headers: Headers,
    readonly bytes: Uint8Array,
  ) {}

  get contentType(): string {
    return (this.headers.get('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
  }

  /** The body as UTF-8, without a byte-order mark. */
  text(): string {
    return new TextDecoder().decode(this.bytes);
  }

  json<T>(): T {
    try {
      return JSON.parse(this.text()) as T;
    } catch {
      throw new CheckFailed(`${this.call}: the body is not JSON`);
    }
  }
}

function unreachable(error: unknown, timeoutSeconds: number): string {
  if (error instanceof Error && error.name === 'TimeoutError') return `no answer within ${timeoutSeconds} s`;
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

/**
 * Calls the server under test. Every answer is held to the OpenAPI document: a status it does
 * not list for the operation, or a body that breaks its schema, fails the check that called.
 */
export class Api {
  constructor(
    readonly baseUrl: string,
    private readonly timeoutSeconds: number,
  ) {}

  async call(path: string, options: CallOptions = {}): Promise<Answer> {
    const method = options.method ?? 'GET';
    const call = `${method} ${path}`;
    const headers = new Headers();
    if (options.token) headers.set('Authorization', `Bearer ${options.token}`);
    const mode = options.mode === undefined ? 'test' : options.mode;
    if (mode !== null) headers.set('Comptoir-Mode', mode);
    if (options.idempotencyKey) headers.set('Idempotency-Key', options.idempotencyKey);
    const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
    if (body !== undefined) headers.set('Content-Type', 'application/json');

    // The document's paths are under /api whatever the server's own base URL is.
    const asDocumented = new Request(`http://api.invalid/api${path}`, { method });
    try {
      const response = await fetch(`${this.baseUrl}${path}`, { method, headers, body, signal: AbortSignal.timeout(this.timeoutSeconds * 1000) });
      const violation = await contractViolation(asDocumented, response);
      if (violation) throw new CheckFailed(`breaks the contract: ${violation}`);
      return new Answer(call, response.status, response.headers, new Uint8Array(await response.arrayBuffer()));
    } catch (error) {
      if (error instanceof CheckFailed) throw error;
      throw new CheckFailed(`${call}: ${unreachable(error, this.timeoutSeconds)}`);
    }
  }
}
