import { endpoints, type Endpoint } from '@/contract/endpoints';
import { expectStatus, ensure, type Context } from './suite';

// Every data call is guarded the same way, whatever it does: no session is 401, no data world 400.

/** A concrete path of an endpoint, with the document's example for each parameter. */
function examplePath(endpoint: Endpoint): string {
  return endpoint.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(endpoint.pathParams?.[name]?.example ?? name));
}

export async function guardChecks(context: Context): Promise<void> {
  const { api, suite, admin } = context;

  await suite.check('the API serves its OpenAPI 3.1 document', async () => {
    const answer = await api.call('/openapi.json', { mode: null });
    expectStatus(answer, 200);
    ensure(answer.json<{ openapi?: string }>().openapi?.startsWith('3.1'), 'GET /openapi.json is no OpenAPI 3.1 document');
  });

  // The demo's own endpoints are the embedded backend's, which another server need not have.
  for (const endpoint of endpoints.filter((candidate) => candidate.inMode && candidate.tag !== 'Demo')) {
    const method = endpoint.method.toUpperCase() as 'GET' | 'POST' | 'PUT' | 'DELETE';
    const path = examplePath(endpoint);
    const body = endpoint.bodyExample;
    await suite.check(`${method} ${endpoint.path}: 401 without a token, 400 without or with an unknown Comptoir-Mode`, async () => {
      expectStatus(await api.call(path, { method, mode: 'live', body }), 401);
      expectStatus(await api.call(path, { method, token: admin.token, mode: null, body }), 400);
      expectStatus(await api.call(path, { method, token: admin.token, mode: 'staging', body }), 400);
    });
  }

  // A query is never dropped: an endpoint that reads none refuses one as the others refuse a misspelt filter.
  await suite.check('an endpoint that reads no query refuses one with 400: GET /session, GET and POST on an order', async () => {
    const order = endpoints.find((endpoint) => endpoint.operationId === 'getOrder')!;
    const path = examplePath(order);
    expectStatus(await api.call('/session?expand=user', { token: admin.token, mode: null }), 400);
    expectStatus(await api.call(`${path}?x=1`, { token: admin.token, mode: 'live' }), 400);
    expectStatus(await api.call(`${path}/activate?force=true`, { method: 'POST', token: admin.token, mode: 'live', body: { version: 1 } }), 400);
  });
}
