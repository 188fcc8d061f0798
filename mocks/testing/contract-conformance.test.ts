import { contractViolation } from './contract-conformance';

const problem = (status: number, headers: Record<string, string> = {}) =>
  Response.json({ type: 'https://comptoir.example/problems/x', title: 'X', status, detail: 'Why.' }, { status, headers: { 'Content-Type': 'application/problem+json', ...headers } });

const get = (path: string) => new Request(`http://localhost/api${path}`);
const post = (path: string) => new Request(`http://localhost/api${path}`, { method: 'POST' });

describe('holding an answer to the OpenAPI document', () => {
  it('accepts a problem document for a status the operation lists', async () => {
    expect(await contractViolation(get('/orders/1000001'), problem(404))).toBeNull();
  });

  it('refuses a status the operation does not list', async () => {
    expect(await contractViolation(get('/orders/1000001'), problem(409))).toContain('lists no such status');
  });

  it('refuses a body that misses a field or carries one the document lacks', async () => {
    const page = { items: [], page: 1, pageSize: 25, total: 0 };
    expect(await contractViolation(get('/orders'), Response.json(page))).toBeNull();
    expect(await contractViolation(get('/orders'), Response.json({ ...page, total: undefined }))).toContain("must have required property 'total'");
    expect(await contractViolation(get('/orders'), Response.json({ ...page, next: 2 }))).toContain('must NOT have additional properties');
  });

  it('refuses a file of another type than the document says', async () => {
    const csv = new Response('a,b\r\n', { headers: { 'Content-Type': 'text/plain' } });
    expect(await contractViolation(get('/statements/2026-W47/csv'), csv)).toContain('the document says text/csv');
  });

  it('accepts a 404 problem for a path the document does not have', async () => {
    expect(await contractViolation(get('/no-such-endpoint'), problem(404))).toBeNull();
  });

  it('accepts a 405 problem for a method the path has no operation for, when Allow names those it has', async () => {
    expect(await contractViolation(post('/statements/2026-W48'), problem(405, { Allow: 'GET, HEAD' }))).toBeNull();
    expect(await contractViolation(new Request('http://localhost/api/session', { method: 'PATCH' }), problem(405, { Allow: 'DELETE, GET, HEAD, POST, OPTIONS' }))).toBeNull();
  });

  it('refuses a 405 that leaves a documented method out of Allow, or names a path the document lacks', async () => {
    expect(await contractViolation(post('/statements/2026-W48'), problem(405))).toContain('Allow (none) leaves out GET, HEAD');
    expect(await contractViolation(new Request('http://localhost/api/session', { method: 'PATCH' }), problem(405, { Allow: 'GET' }))).toContain('leaves out DELETE, HEAD, POST');
    expect(await contractViolation(post('/no-such-endpoint'), problem(405, { Allow: 'GET' }))).toContain('404, not 405');
  });

  it('holds HEAD to the statuses of the path\'s GET, with no body', async () => {
    const head = (path: string) => new Request(`http://localhost/api${path}`, { method: 'HEAD' });
    const headers = (response: Response) => new Response(null, { status: response.status, headers: response.headers });
    expect(await contractViolation(head('/orders'), headers(Response.json({})))).toBeNull();
    expect(await contractViolation(head('/orders'), Response.json({}))).toContain('an answer to HEAD has no body');
    expect(await contractViolation(head('/orders/1'), new Response(null, { status: 418 }))).toContain('no such status for GET');
    expect(await contractViolation(head('/orders/1/activate'), new Response(null, { status: 200 }))).toContain('no GET for this path');
  });

  it('refuses an error that is not a problem document', async () => {
    expect(await contractViolation(get('/orders/1'), Response.json({ error: 'no' }, { status: 404 }))).toContain('Content-Type application/json');
  });
});
