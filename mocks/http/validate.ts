import type { z } from 'zod';
import { parseBody, type ContractBody } from './contract-body';
import { ProblemError, type FieldErrors } from './problem';

/** Field messages keyed by the field (or query parameter) they are about. */
function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? issue.path.map(String).join('.') : 'body';
    (errors[field] ??= []).push(issue.message);
  }
  return errors;
}

/** Values (query parameters) checked with one of the backend's own schemas, in its messages: 422 when wrong. */
export function parseOr422<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ProblemError(422, 'Some values are not valid.', { errors: fieldErrors(result.error) });
  return result.data;
}

/** A body that is a JSON object, or a 400 when it is not JSON or not an object. */
export async function readJsonObject(request: Request): Promise<Record<string, unknown>> {
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
 * Query parameters as a plain object. A repeated list parameter
 * (`status=a&status=b`) counts as one comma-separated list, and an empty
 * one (`from=`) as absent, which is what a cleared form field sends.
 */
export function queryObject(params: URLSearchParams): Record<string, string> {
  const query: Record<string, string> = {};
  for (const key of new Set(params.keys())) {
    const value = params.getAll(key).filter((part) => part.trim() !== '').join(',');
    if (value !== '') query[key] = value;
  }
  return query;
}
