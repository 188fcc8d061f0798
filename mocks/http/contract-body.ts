import type { z } from 'zod';
import { limits } from '@/contract/common';
import { ProblemError, type FieldErrors } from './problem';

// Request bodies and query strings are checked with the contract's own schemas, so the backend can
// never refuse a request the contract allows nor accept one it forbids. Only the words are the backend's own.

export type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];

/** zod's issue codes, plus `not_integer`: zod files a number with a fraction under `invalid_type`. */
export type IssueKind = Issue['code'] | 'not_integer';

/** A message, or one made from the issue when it names what is wrong (`params` of a custom issue). */
export type Message = string | ((issue: Issue) => string);

/** One message for anything wrong with a field, or one per kind of issue (the rest get a generic one). */
export type FieldMessages = string | Partial<Record<IssueKind, Message>>;

/** Messages keyed by the field's (or query parameter's) path, `*` standing for any index (`lines.*.quantity`); `body` is the body itself. */
export type BodyMessages = Record<string, FieldMessages>;

/** A contract schema and the messages the backend answers its issues with. */
export interface ContractBody<T> {
  schema: z.ZodType<T>;
  messages: BodyMessages;
}

export function contractBody<T>(schema: z.ZodType<T>, messages: BodyMessages): ContractBody<T> {
  return { schema, messages };
}

/** The same message for a required field that is missing, not text, blank, or with nothing readable (typedText). */
export const required = (message: string) => ({ invalid_type: message, too_small: message, custom: message }) satisfies FieldMessages;

export type BodyCheck<T> = { success: true; data: T } | { success: false; errors: FieldErrors };

/** The body as the contract reads it, or the backend's messages for each invalid field. */
export function checkBody<T>({ schema, messages }: ContractBody<T>, input: unknown): BodyCheck<T> {
  const result = schema.safeParse(input);
  if (result.success) return { success: true, data: result.data };
  const errors: FieldErrors = {};
  for (const { path, issue } of located(result.error.issues, [], input)) {
    const field = path.length > 0 ? path.map(String).join('.') : 'body';
    const pattern = path.length > 0 ? path.map((part) => (typeof part === 'number' ? '*' : String(part))).join('.') : 'body';
    const message = messageOf(issue, messages[pattern], valueAt(input, path));
    const list = (errors[field] ??= []);
    if (!list.includes(message)) list.push(message);
  }
  return { success: false, errors };
}

/** Like `checkBody`, answering 422 when the body is not valid. */
export function parseBody<T>(body: ContractBody<T>, input: unknown): T {
  const result = checkBody(body, input);
  if (!result.success) throw new ProblemError(422, 'Some values are not valid.', { errors: result.errors });
  return result.data;
}

/** Each issue at its full path; a union's issue gives way to those of the option the value means, when it means one. */
function located(issues: readonly Issue[], base: Path, input: unknown): { path: Path; issue: Issue }[] {
  return issues.flatMap((issue) => {
    const path = [...base, ...issue.path];
    const option = issue.code === 'invalid_union' ? meantOption(issue.errors, valueAt(input, path)) : undefined;
    return option ? located(option, path, input) : [{ path, issue }];
  });
}

/**
 * The option of a union a value means: the only one that misses no key another option does
 * without. `{ amount: 0 }` means the amount shape, which misses nothing, not the lines shape,
 * which misses `lines`; a value with both keys or neither means no option in particular.
 */
function meantOption(options: readonly (readonly Issue[])[], value: unknown): readonly Issue[] | undefined {
  const isMissingKey = (issue: Issue) => issue.code === 'invalid_type' && issue.path.length === 1 && valueAt(value, issue.path) === undefined;
  const missing = options.map((issues) => new Set(issues.filter(isMissingKey).map((issue) => issue.path[0])));
  const meant = options.filter((_, index) => [...missing[index]!].every((key) => missing.every((others) => others.has(key))));
  return meant.length === 1 ? meant[0] : undefined;
}

function valueAt(input: unknown, path: Path): unknown {
  let value = input;
  for (const part of path) value = typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[part] : undefined;
  return value;
}

function messageOf(issue: Issue, messages: FieldMessages | undefined, value: unknown): string {
  if (typeof messages === 'string') return messages;
  const kind: IssueKind = issue.code === 'invalid_type' && issue.expected === 'int' ? 'not_integer' : issue.code;
  const message = messages?.[kind] ?? genericMessage(issue, value);
  return typeof message === 'function' ? message(issue) : message;
}

const nouns: Record<string, string> = { string: 'text', number: 'a number', int: 'a whole number', boolean: 'true or false', array: 'a list', object: 'an object' };
const units: Record<string, [one: string, many: string]> = { string: ['character', 'characters'], array: ['item', 'items'] };

/** A plain English message for a field the endpoint's table says nothing particular about. */
function genericMessage(issue: Issue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined ? 'This field is required.' : `Send ${nouns[issue.expected] ?? issue.expected}.`;
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const limit = Number(small ? issue.minimum : issue.maximum);
      const unit = units[issue.origin];
      if (unit) return `Use at ${small ? 'least' : 'most'} ${limit} ${limit === 1 ? unit[0] : unit[1]}.`;
      if (issue.inclusive === false) return `Use a number ${small ? 'above' : 'below'} ${limit}.`;
      return `Use a number of at ${small ? 'least' : 'most'} ${limit}.`;
    }
    case 'invalid_format':
      return 'This value is not in the expected format.';
    case 'invalid_value':
      return `Use one of: ${issue.values.map(String).join(', ')}.`;
    case 'invalid_union':
      return 'This value fits none of the accepted shapes.';
    default:
      return 'This value is not valid.';
  }
}

/** A list filter's message names the values it does not know, which the contract's issue carries. */
export function unknownValues(values: readonly string[]) {
  return (issue: Issue) => {
    const unknown: string[] = issue.code === 'custom' ? (issue.params?.unknown ?? []) : [];
    return `Unknown value ${unknown.join(', ')}. Use ${values.join(', ')}.`;
  };
}

/** A search typed longer than the lists take. */
export const searchMessage = `Use at most ${limits.searchLength} characters.`;
