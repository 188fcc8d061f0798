import { idempotencyKeyHeader, type Mode } from '@/contract/common';
import type { RecordedAnswer } from '../db/journal';
import type { WriteContext } from '../db/store';
import { ProblemError } from './problem';

const maxKeyLength = 200;

/** What a request's Idempotency-Key stands for: keys are kept per merchant and world. */
export interface IdempotentRequest {
  merchantId: string;
  mode: Mode;
  key: string | null;
  /** Method, path and body, so that a key cannot stand for another request. */
  fingerprint: string;
}

export type KeptAnswer = Pick<RecordedAnswer, 'status' | 'body'>;

/** Reads the key (400 when it is blank or too long) before the body is consumed. */
export async function idempotentRequest(request: Request, merchantId: string, mode: Mode): Promise<IdempotentRequest> {
  const key = request.headers.get(idempotencyKeyHeader);
  if (key !== null && (key.trim() === '' || key.length > maxKeyLength)) {
    throw new ProblemError(400, `The ${idempotencyKeyHeader} header must have 1 to ${maxKeyLength} characters.`);
  }
  const fingerprint = `${request.method} ${new URL(request.url).pathname}\n${sameJson(await request.clone().text())}`;
  return { merchantId, mode, key, fingerprint };
}

/**
 * A JSON body written one way, its keys sorted and without spacing: a client that serialises its
 * retry again (keys in another order, other spacing) sends the same request. Other text is kept as is.
 */
function sameJson(text: string): string {
  const sorted = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(sorted);
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, inner]) => [key, sorted(inner)]));
  };
  try {
    return JSON.stringify(sorted(JSON.parse(text)));
  } catch {
    return text;
  }
}

/**
 * Runs `change` inside a write at most once per key: a retry of the same
 * request gets the first successful answer again, another request sent with
 * the key is refused (422). Failed answers are not kept, so the same key may
 * carry the corrected request.
 */
export function answerOnce({ db, record }: WriteContext, request: IdempotentRequest, change: () => KeptAnswer): KeptAnswer {
  const { merchantId, mode, key, fingerprint } = request;
  const earlier = key === null ? undefined : db.recordedAnswer(merchantId, mode, key);
  if (earlier) {
    if (earlier.request !== fingerprint) {
      const message = `This ${idempotencyKeyHeader} was already used for another request; send a new key.`;
      throw new ProblemError(422, message, {
        kind: { slug: 'idempotency-key-reused', title: 'Idempotency key already used' },
        errors: { [idempotencyKeyHeader]: [message] },
      });
    }
    return earlier;
  }
  const fresh = change();
  if (key !== null) record({ kind: 'idempotent-answer', answer: { merchantId, mode, key, request: fingerprint, ...fresh } });
  return fresh;
}

/** The kept answer as JSON; a created resource's address, when it has one, as its `Location`. */
export function jsonAnswer({ status, body }: KeptAnswer, location?: string): Response {
  const headers = new Headers({ 'Content-Type': 'application/json' });
  if (location && status === 201) headers.set('Location', location);
  return new Response(JSON.stringify(body), { status, headers });
}
