import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api-client';

const referenceSchema = z.object({ $ref: z.string() });
const schemaObject: z.ZodType<Record<string, unknown>> = z.record(z.string(), z.unknown());

const parameterSchema = z.union([
  referenceSchema,
  z.looseObject({ name: z.string(), in: z.string(), required: z.boolean().optional(), description: z.string().optional(), schema: schemaObject.optional() }),
]);

const responseSchema = z.union([
  referenceSchema,
  z.looseObject({ description: z.string(), content: z.record(z.string(), z.looseObject({ schema: schemaObject.optional() })).optional() }),
]);

export const operationSchema = z.looseObject({
  operationId: z.string(),
  tags: z.array(z.string()),
  summary: z.string(),
  description: z.string().optional(),
  security: z.array(z.unknown()).optional(),
  parameters: z.array(parameterSchema).default([]),
  requestBody: z
    .looseObject({ content: z.record(z.string(), z.looseObject({ schema: schemaObject.optional(), example: z.unknown().optional() })) })
    .optional(),
  responses: z.record(z.string(), responseSchema),
});
export type Operation = z.infer<typeof operationSchema>;

/** The parts of an OpenAPI 3.1 document the reference page shows; the rest passes through. */
export const openApiSchema = z.looseObject({
  openapi: z.string(),
  info: z.looseObject({ title: z.string(), version: z.string(), description: z.string().optional() }),
  tags: z.array(z.looseObject({ name: z.string(), description: z.string().optional() })).default([]),
  paths: z.record(z.string(), z.record(z.string(), operationSchema)),
  components: z.looseObject({
    parameters: z.record(z.string(), parameterSchema).default({}),
    responses: z.record(z.string(), responseSchema).default({}),
    schemas: z.record(z.string(), schemaObject).default({}),
  }),
});
export type OpenApiDocument = z.infer<typeof openApiSchema>;

/** `GET /openapi.json`: the API's own description of itself. */
export function getOpenApi(signal?: AbortSignal) {
  return apiRequest('/openapi.json', openApiSchema, { signal });
}

export const openApiQueryOptions = () =>
  queryOptions({ queryKey: ['api-reference', 'openapi'] as const, queryFn: ({ signal }) => getOpenApi(signal), staleTime: Infinity });

export function useOpenApi() {
  return useQuery(openApiQueryOptions());
}
