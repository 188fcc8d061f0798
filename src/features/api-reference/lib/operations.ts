import type { OpenApiDocument, Operation } from '../api/get-openapi';

/** A `$ref` to a shared part of the document, rather than the part itself. */
export function isReference(value: object): value is { $ref: string } {
  return typeof (value as { $ref?: unknown }).$ref === 'string';
}

export type ListedOperation = { method: string; path: string; operation: Operation };

/** The id of a tag's section, for the contents' links: `Order actions` → `api-tag-order-actions`. */
export const sectionId = (tag: string) => `api-tag-${tag.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

/** Operations grouped by their first tag, in the document's order of tags. */
export function operationsByTag(document: OpenApiDocument): { tag: string; description?: string; operations: ListedOperation[] }[] {
  const listed = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ method, path, operation })),
  );
  const tags: { name: string; description?: string }[] =
    document.tags.length > 0 ? document.tags : [...new Set(listed.map(({ operation }) => operation.tags[0] ?? ''))].map((name) => ({ name }));
  return tags
    .map(({ name, description }) => ({ tag: name, description, operations: listed.filter(({ operation }) => operation.tags[0] === name) }))
    .filter((group) => group.operations.length > 0);
}

/** The last segment of a local `$ref`: `#/components/schemas/Order` → `Order`. */
export const refName = (ref: string) => ref.split('/').at(-1) ?? ref;

/** A short type for a JSON Schema, as a reader scans it: `string`, `Order[]`, `integer | null`. */
export function typeLabel(schema: Record<string, unknown> | undefined): string {
  if (!schema) return '';
  if (typeof schema.$ref === 'string') return refName(schema.$ref);
  // `not: {}` matches nothing: the field must be left out.
  if (typeof schema.not === 'object' && schema.not !== null && Object.keys(schema.not).length === 0) return 'never';
  if (Array.isArray(schema.enum)) return schema.enum.map((value) => JSON.stringify(value)).join(' | ');
  if ('const' in schema) return JSON.stringify(schema.const);
  for (const key of ['anyOf', 'oneOf'] as const) {
    const options = schema[key];
    if (Array.isArray(options)) return options.map((option) => typeLabel(option as Record<string, unknown>)).join(' | ');
  }
  const type = Array.isArray(schema.type) ? schema.type.join(' | ') : (schema.type as string | undefined);
  if (type === 'array') return `${typeLabel(schema.items as Record<string, unknown> | undefined)}[]`;
  const format = typeof schema.format === 'string' ? ` (${schema.format})` : '';
  return `${type ?? 'any'}${format}`;
}

/** The object shapes a body may take: one, or each option of an `anyOf` / `oneOf`. */
export function bodyShapes(schema: Record<string, unknown> | undefined): Record<string, unknown>[] {
  if (!schema) return [];
  const options = (schema.anyOf ?? schema.oneOf) as Record<string, unknown>[] | undefined;
  return Array.isArray(options) ? options : [schema];
}
