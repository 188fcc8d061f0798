import { Validator } from '@seriousme/openapi-schema-validator';
import { endpoints } from './endpoints';
import { openApiDocument } from './openapi';

type Operation = { operationId: string; parameters: { $ref?: string; name?: string }[]; security?: unknown[]; requestBody?: { content: Record<string, { example?: unknown }> }; responses: Record<string, unknown> };

const document = openApiDocument() as { openapi: string; info: { description: string }; paths: Record<string, Record<string, Operation>> };
const operation = (path: string, method: string) => document.paths[path]![method]!;

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await new Validator().validate(structuredClone(document));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(document.openapi).toBe('3.1.0');
  });

  it('holds every endpoint, with its headers, security, body example and every status it may answer', () => {
    for (const endpoint of endpoints) {
      const { parameters, security, requestBody, responses } = operation(endpoint.path, endpoint.method);
      const refs = parameters.map((parameter) => parameter.$ref);
      expect(refs.includes('#/components/parameters/Mode'), endpoint.operationId).toBe(endpoint.inMode);
      expect(refs.includes('#/components/parameters/IdempotencyKey'), endpoint.operationId).toBe(endpoint.idempotent ?? false);
      expect(security === undefined, endpoint.operationId).toBe(endpoint.signedIn);
      if (endpoint.body) expect(requestBody?.content['application/json']?.example, endpoint.operationId).toBeDefined();
      expect(Object.keys(responses).sort()).toEqual([String(endpoint.success.status), ...endpoint.errors.map(String), 'default'].sort());
    }
  });

  it('tells how a method a path does not take is refused, which no operation can list', () => {
    expect(document.info.description).toContain('405 with the methods it takes in `Allow`');
  });

  it('describes each order action as the domain does: a stale version is a 409', () => {
    for (const action of ['activate', 'cancel', 'reductions']) {
      expect(operation(`/orders/{orderNumber}/${action}`, 'post').responses).toHaveProperty('409');
    }
  });
});
