import { z } from 'zod';
import { accountEndpoints } from './account-endpoints';
import { demoEndpoints } from './demo-endpoints';
import type { Endpoint } from './endpoint';
import { orderEndpoints } from './order-endpoints';
import { sessionEndpoints } from './session-endpoints';
import { statementEndpoints } from './statement-endpoints';
import { supportEndpoints } from './support-endpoints';
import { teamEndpoints } from './team-endpoints';

export type { Endpoint } from './endpoint';

/** Every endpoint of the API, in the order the document lists them. */
export const endpoints: readonly Endpoint[] = [
  ...sessionEndpoints,
  ...teamEndpoints,
  ...orderEndpoints,
  ...statementEndpoints,
  ...supportEndpoints,
  ...accountEndpoints,
  ...demoEndpoints,
  {
    operationId: 'getOpenApi',
    method: 'get',
    path: '/openapi.json',
    tag: 'Contract',
    summary: 'This document',
    signedIn: false,
    inMode: false,
    success: { status: 200, description: 'The OpenAPI 3.1 document of the API.', schema: z.record(z.string(), z.unknown()) },
    errors: [400],
  },
];

/** Whether a concrete API path fills a template: each `{parameter}` takes one non-empty segment. */
function fills(template: string, segments: readonly string[]): boolean {
  const pattern = template.split('/');
  return pattern.length === segments.length && pattern.every((part, index) => (part.startsWith('{') ? segments[index] !== '' : part === segments[index]));
}

/**
 * The endpoint a concrete call is for. A path that is one endpoint's and fills another's template
 * (`/orders/views`, `/orders/{orderNumber}`) is the one that names it.
 */
export function endpointFor(method: string, apiPath: string): Endpoint | undefined {
  const segments = apiPath.split('/');
  const parameters = (path: string) => path.split('/').filter((part) => part.startsWith('{')).length;
  return endpoints
    .filter((candidate) => candidate.method === method.toLowerCase() && fills(candidate.path, segments))
    .sort((a, b) => parameters(a.path) - parameters(b.path))[0];
}

/**
 * The methods a concrete API path takes (`['GET', 'HEAD', 'PUT']`), from every endpoint whose
 * template it fills, with HEAD wherever GET is (HTTP's rule: it answers as GET without the body);
 * none for a path the API does not have.
 */
export function allowedMethods(apiPath: string): string[] {
  const segments = apiPath.split('/');
  const methods = endpoints.filter((endpoint) => fills(endpoint.path, segments)).map((endpoint) => endpoint.method.toUpperCase());
  if (methods.includes('GET')) methods.push('HEAD');
  return [...new Set(methods)].sort();
}
