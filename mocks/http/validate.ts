import { z } from 'zod';
import { isListParameter } from '@/contract/common';
import { checkBody, parseBody, type ContractBody } from './contract-body';
import { ProblemError } from './problem';

/** `application/json` or a `+json` type, whatever its parameters (`; charset=utf-8`). */
const jsonMediaType = /^application\/([\w.-]+\+)?json\s*(;|$)/i;

/**
 * A body that is a JSON object: a 415 when it is not sent as JSON (a form or plain text is not
 * read as if it were), a 400 when it is not JSON or not an object.
 */
export async function readJsonObject(request: Request): Promise<Record<string, unknown>> {
  if (!jsonMediaType.test(request.headers.get('Content-Type')?.trim() ?? '')) {
    throw new ProblemError(415, 'Send the request body as JSON, with Content-Type: application/json.');
  }
  let body: unknown;
  try {
    body = JSON.parse(await request.text());
  } catch {
    throw new ProblemError(400, 'The request body must be JSON.');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ProblemError(400, 'The request body must be a JSON object.');
  }
  return body as Record<string, unknown>;
}

/** A JSON object body checked against the contract's schema: 400 when it is not one at all, 422 when values are wrong. */
export async function readBody<T>(request: Request, body: ContractBody<T>): Promise<T> {
  return parseBody(body, await readJsonObject(request));
}

/**
 * How a query reads an empty parameter. A filter's (`from=`) is a cleared form field: as good as
 * absent. A file's choices (`lang=`, `format=`) are no form fields, and have no empty value: an
 * empty one is refused like any value the contract does not list.
 */
export type EmptyParameters = 'absent' | 'refused';

/** How a query is read: its empty parameters, and the parameters the same request reads through another schema. */
export interface QueryReading {
  empty?: EmptyParameters;
  alsoRead?: readonly string[];
}

/** A parameter's values as the query reads them: without the empty ones, unless those are refused. */
const sentValues = (parts: string[], empty: EmptyParameters) => (empty === 'refused' ? parts : parts.filter((part) => part.trim() !== ''));

/**
 * Query parameters checked against the contract's schema, as `queryObject` reads them: 422 when
 * values are wrong, 400 for a parameter the endpoint does not read. A misspelt filter
 * (`stauts=created`) is refused rather than dropped, which would answer a list, or export a file,
 * of every order.
 */
export function readQuery<T>(params: URLSearchParams, query: ContractBody<T>, { empty = 'absent', alsoRead = [] }: QueryReading = {}): T {
  let sentTwice: Record<string, string[]> = {};
  if (query.schema instanceof z.ZodObject) {
    const shape: Record<string, z.core.$ZodType> = query.schema.shape;
    const known = [...Object.keys(shape), ...alsoRead];
    const unknown = [...new Set(params.keys())].filter((name) => !known.includes(name));
    if (unknown.length > 0) {
      const names = unknown.map((name) => `"${name.slice(0, 40)}"`).join(', ');
      throw new ProblemError(400, `Unknown query parameter ${names}: this address reads ${known.join(', ')}.`);
    }
    // Only a list reads repeated parameters as its values: `q=a&q=b` would otherwise search for
    // "a,b". The parameters read through another schema (`alsoRead`) are that reading's to check.
    sentTwice = Object.fromEntries(
      Object.keys(shape).flatMap((name) => {
        const count = sentValues(params.getAll(name), empty).length;
        return count > 1 && !isListParameter(shape[name]) ? [[name, [`Sent ${count} times: send it once.`]]] : [];
      }),
    );
  }
  const checked = checkBody(query, queryObject(params, empty));
  if (checked.success && Object.keys(sentTwice).length === 0) return checked.data;
  // Every problem at once: a parameter sent twice says so rather than what its joined values break.
  throw new ProblemError(422, 'Some values are not valid.', { errors: { ...(checked.success ? {} : checked.errors), ...sentTwice } });
}

/**
 * Query parameters as a plain object. A repeated list parameter
 * (`status=a&status=b`) counts as one comma-separated list, and an empty
 * one (`from=`) as absent, which is what a cleared form field sends, unless
 * empty parameters are `refused`: then they are kept, for the schema to refuse.
 */
export function queryObject(params: URLSearchParams, empty: EmptyParameters = 'absent'): Record<string, string> {
  const query: Record<string, string> = {};
  for (const key of new Set(params.keys())) {
    const value = sentValues(params.getAll(key), empty).join(',');
    if (value !== '' || empty === 'refused') query[key] = value;
  }
  return query;
}
