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
    errors: [],
  },
];

/** The endpoint a concrete call is for, and the path parameters it carries. */
export function endpointFor(method: string, apiPath: string): Endpoint | undefined {
  const segments = apiPath.split('/');
  return endpoints.find((endpoint) => {
    if (endpoint.method !== method.toLowerCase()) return false;
    const pattern = endpoint.path.split('/');
    return pattern.length === segments.length && pattern.every((part, index) => part.startsWith('{') || part === segments[index]);
  });
}
