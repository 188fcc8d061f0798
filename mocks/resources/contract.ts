import { http, HttpResponse } from 'msw';

/**
 * The API's own OpenAPI document, generated from the contract the handlers are written against.
 * Loaded when first asked for: the endpoint list it is built from is not needed to start the backend.
 */
export const contract = [http.get('*/api/openapi.json', async () => HttpResponse.json((await import('@/contract/openapi')).openApiDocument()))];
