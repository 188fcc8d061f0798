import { http, HttpResponse } from 'msw';
import { openApiDocument } from '@/contract/openapi';

/** The API's own OpenAPI document, generated from the contract the handlers are written against. */
export const contract = [http.get('*/api/openapi.json', () => HttpResponse.json(openApiDocument()))];
