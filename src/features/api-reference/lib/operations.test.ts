import { openApiSchema } from '../api/get-openapi';
import { bodyShapes, operationsByTag, typeLabel } from './operations';

const document = openApiSchema.parse({
  openapi: '3.1.0',
  info: { title: 'T', version: '1' },
  tags: [{ name: 'Orders' }, { name: 'Session' }],
  paths: {
    '/session': { post: { operationId: 'signIn', tags: ['Session'], summary: 'Sign in', responses: {} } },
    '/orders': { get: { operationId: 'listOrders', tags: ['Orders'], summary: 'List', responses: {} } },
  },
  components: {},
});

describe('reading an OpenAPI document', () => {
  it('groups operations by tag in the order of the tags', () => {
    expect(operationsByTag(document).map(({ tag, operations }) => [tag, operations.map((item) => `${item.method} ${item.path}`)])).toEqual([
      ['Orders', ['get /orders']],
      ['Session', ['post /session']],
    ]);
  });

  it('names types the way a reader scans them', () => {
    expect(typeLabel({ type: 'array', items: { $ref: '#/components/schemas/Order' } })).toBe('Order[]');
    expect(typeLabel({ type: ['string', 'null'], format: 'date' })).toBe('string | null (date)');
    expect(typeLabel({ anyOf: [{ const: 14 }, { const: 30 }] })).toBe('14 | 30');
    expect(typeLabel({ type: 'string', enum: ['test', 'live'] })).toBe('"test" | "live"');
  });
});

describe('the shapes of a request body', () => {
  it('lists each option of a union, or the one shape', () => {
    const amount = { type: 'object', properties: { amount: { type: 'integer' } } };
    const lines = { type: 'object', properties: { lines: { type: 'array' } } };
    expect(bodyShapes({ anyOf: [amount, lines] })).toEqual([amount, lines]);
    expect(bodyShapes(amount)).toEqual([amount]);
    expect(bodyShapes(undefined)).toEqual([]);
  });
});
