import type { z } from 'zod';
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

export function parseOr422<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ProblemError(422, 'Some values are not valid.', { errors: fieldErrors(result.error) });
  return result.data;
}

/** A JSON object body checked against `schema`: 400 when it is not JSON at all, 422 when values are wrong. */
export async function readBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  let body: unknown;
  try {
    body = JSON.parse(await request.text());
  } catch {
    throw new ProblemError(400, 'The request body must be JSON.');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ProblemError(400, 'The request body must be a JSON object.');
  }
  return parseOr422(schema, body);
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
