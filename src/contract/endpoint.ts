import type { z } from 'zod';
import type { Role } from './common';

// What every endpoint of the API declares, and what several of them share.

/** How a successful answer is carried: JSON validated by `schema`, or a file. */
type AnswerHeaders = Record<string, { description: string; type: 'integer' | 'string' }>;

export type SuccessAnswer =
  | {
      status: number;
      description: string;
      schema: z.ZodType;
      example?: unknown;
      /** Headers sent besides Content-Type, such as a created resource's `Location`. */
      headers?: AnswerHeaders;
    }
  | {
      status: number;
      description: string;
      file: 'text/csv' | 'application/pdf' | 'application/xml';
      /** Headers sent besides Content-Disposition. */
      headers?: AnswerHeaders;
    }
  | { status: 202 | 204; description: string };

export interface Endpoint {
  operationId: string;
  method: 'get' | 'post' | 'put' | 'delete';
  /** OpenAPI style, under the API's base URL: `/orders/{orderNumber}`. */
  path: string;
  tag: 'Session' | 'Team' | 'Orders' | 'Statements' | 'Support' | 'Account' | 'Demo' | 'Contract';
  summary: string;
  description?: string;
  /** Needs `Authorization: Bearer <token>`. */
  signedIn: boolean;
  /** Signed with an API key as the bearer token instead of a session's token. */
  withApiKey?: boolean;
  /** Names its data world in `Comptoir-Mode`. */
  inMode: boolean;
  /** Honours an `Idempotency-Key` header: a retry applies once. */
  idempotent?: boolean;
  /** Who may call it; everyone signed in when absent. */
  roles?: readonly Role[];
  pathParams?: Record<string, { description: string; example: string }>;
  query?: z.ZodObject;
  body?: z.ZodType;
  bodyExample?: unknown;
  success: SuccessAnswer;
  /** Every error status it may answer, each with a problem document. */
  errors: readonly number[];
}

export const orderNumber = { description: "The merchant's own order number.", example: '1000042' };
export const week = { description: 'An ISO week, `YYYY-Www`.', example: '2026-W47' };
export const ticketNumber = {
  description: "The number a ticket got when it was filed; a test ticket's has a T before its count (CPT-3333-T00102).",
  example: 'CPT-3333-000102',
};
export const orderReads = ['admin', 'finance', 'support'] as const;
export const orderChanges = ['admin'] as const;
export const finance = ['admin', 'finance'] as const;
export const admins = ['admin'] as const;
export const userId = { description: "A user's id, from the team list.", example: 'user-3333-2' };
export const linkToken = { description: 'The token of the link the message carried.', example: '9c1f3e…' };
export const emailLanguage = 'The message is written in the language of `Accept-Language` (en, fr, nl or de; English otherwise).';

/** The failures every data call shares: malformed, no session, unknown world, a role that may not. */
export const dataErrors = [400, 401, 403] as const;
/** A body not sent as JSON. */
export const bodyErrors = [415] as const;
/** A change the storage has no room for (the embedded backend, on a full browser quota). */
export const writeErrors = [507] as const;
