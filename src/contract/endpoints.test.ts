import { allowedMethods, endpointFor, endpoints } from './endpoints';

describe('the methods a path takes', () => {
  it('lists every method the document has for the path, in a fixed order', () => {
    expect(allowedMethods('/session')).toEqual(['DELETE', 'GET', 'HEAD', 'POST']);
    expect(allowedMethods('/orders')).toEqual(['GET', 'HEAD']);
    expect(allowedMethods('/account/billing-details')).toEqual(['GET', 'HEAD', 'PUT']);
  });

  it('fills path templates with concrete segments', () => {
    expect(allowedMethods('/statements/2026-W48')).toEqual(['GET', 'HEAD']);
    expect(allowedMethods('/orders/1000042/activate')).toEqual(['POST']);
    expect(allowedMethods('/orders/1000042/documents/invoice-1')).toEqual(['GET', 'HEAD']);
    // A concrete path that also fills a template takes the methods of both.
    expect(allowedMethods('/orders/views')).toEqual(['GET', 'HEAD']);
  });

  it('has none for a path the API does not have', () => {
    expect(allowedMethods('/no-such-endpoint')).toEqual([]);
    expect(allowedMethods('/orders/1000042/refund')).toEqual([]);
    expect(allowedMethods('/statements/2026-W48/csv/more')).toEqual([]);
    expect(allowedMethods('/orders/')).toEqual([]);
    // A parameter is never an empty segment, as the handlers' patterns never match one.
    expect(allowedMethods('/orders//activate')).toEqual([]);
  });

  it("follows the endpoint list: every endpoint's method is allowed on its path", () => {
    for (const endpoint of endpoints) {
      const path = endpoint.path.replace(/\{(\w+)\}/g, (_, name: string) => endpoint.pathParams?.[name]?.example ?? name);
      expect(allowedMethods(path), endpoint.operationId).toContain(endpoint.method.toUpperCase());
      expect(endpointFor(endpoint.method, path)?.path, endpoint.operationId).toBe(endpoint.path);
    }
  });
});

describe('every endpoint', () => {
  it('says it refuses a query parameter it does not list (400), those that read no query too', () => {
    const silent = endpoints.filter((endpoint) => !(endpoint.errors as readonly number[]).includes(400));
    expect(silent.map((endpoint) => `${endpoint.method} ${endpoint.path}`)).toEqual([]);
  });
});
