import { z } from 'zod';
import { apiKeySchema, billingDetailsSchema, goLiveChecklistSchema, payoutAccountSchema, securityCheckSchema } from './account';
import { activityItemSchema } from './activity';
import { demoStorageSchema, outboxMessageSchema } from './demo';
import { idempotencyKeyHeader, limits, modeHeader, modes, problemSchema } from './common';
import { endpoints, type Endpoint } from './endpoints';
import { addressSchema, customerSchema, orderDetailSchema, orderDocumentSchema, orderEventSchema, orderLineSchema, orderSummarySchema } from './orders';
import { sessionSchema } from './session';
import { movementSchema, statementDetailSchema, statementSummarySchema } from './statements';
import { ticketDetailSchema, ticketMessageSchema, ticketSchema } from './support';
import { teamMemberSchema } from './team';
import { chosenReasonCodeSchema } from './reasons';

type JsonObject = Record<string, unknown>;

/** Shapes that appear in several answers get a name in `components.schemas` and are referred to. */
const named: Record<string, z.ZodType> = {
  Problem: problemSchema,
  Session: sessionSchema,
  TeamMember: teamMemberSchema,
  Customer: customerSchema,
  Address: addressSchema,
  OrderLine: orderLineSchema,
  OrderEvent: orderEventSchema,
  ChosenReasonCode: chosenReasonCodeSchema,
  OrderDocument: orderDocumentSchema,
  OrderSummary: orderSummarySchema,
  OrderDetail: orderDetailSchema,
  StatementSummary: statementSummarySchema,
  Movement: movementSchema,
  Statement: statementDetailSchema,
  Ticket: ticketSchema,
  TicketMessage: ticketMessageSchema,
  TicketDetail: ticketDetailSchema,
  BillingDetails: billingDetailsSchema,
  PayoutAccount: payoutAccountSchema,
  ApiKey: apiKeySchema,
  GoLiveChecklist: goLiveChecklistSchema,
  SecurityCheck: securityCheckSchema,
  ActivityItem: activityItemSchema,
  DemoStorage: demoStorageSchema,
  OutboxMessage: outboxMessageSchema,
};

const statusTitles: Record<number, string> = {
  400: 'Malformed request: a path, header or body the API cannot read, or a query parameter the endpoint does not list (named in `detail`, never dropped).',
  401: 'No session, or it has ended (with `WWW-Authenticate: Bearer`, as RFC 6750 asks).',
  403: 'The role may not do this; or, on a live data call, the merchant has not passed the security check yet (problem type `live-unavailable`).',
  404: "Unknown: another merchant's or the other data world's resources are unknown too.",
  409: "Conflict: the order changed since the version sent (the problem's `currentVersion` is the order's version now), the billing details or payout account changed since the `updatedAt` or `lastChangedAt` sent (problem type `stale-details`, its `current` what is stored now), or the state of the order or the account does not allow this.",
  415: 'The body is not sent as JSON (`application/json`, or a `+json` type).',
  422: 'Invalid values; `errors` holds the messages of each field or query parameter.',
  429: "Too many failed attempts: try again after the problem's `retryAfterMinutes` (also in `Retry-After`, in seconds).",
  507: 'The storage has no room for the change; nothing was applied.',
};

// Named in zod's global registry, where `.meta()` keeps descriptions and examples too.
for (const [id, schema] of Object.entries(named)) {
  if (!z.globalRegistry.has(schema)) z.globalRegistry.add(schema, { id });
}

const uri = (id: string) => `#/components/schemas/${id}`;

/**
 * Leaves out what only makes the document hard to read: zod's long date patterns beside a
 * `format` that says the same, and the safe-integer bounds of every integer.
 */
function readable({ jsonSchema }: { jsonSchema: JsonObject }) {
  if (jsonSchema.format && jsonSchema.pattern) delete jsonSchema.pattern;
  if (jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete jsonSchema.minimum;
  if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum;
}

/** JSON Schema 2020-12 (OpenAPI 3.1's dialect) of a schema, referring to the named ones. */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonObject {
  const id = z.globalRegistry.get(schema)?.id;
  if (id && Object.hasOwn(named, id)) return { $ref: uri(id) };
  const { $schema: _schema, $defs: _defs, ...converted } = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any', override: readable });
  // The named shapes it uses are in the document's components, not in local $defs.
  return JSON.parse(JSON.stringify(converted).replaceAll('"#/$defs/', `"${uri('')}`)) as JsonObject;
}

function componentSchemas(): Record<string, JsonObject> {
  const { schemas } = z.toJSONSchema(z.globalRegistry, { target: 'draft-2020-12', io: 'output', uri, unrepresentable: 'any', override: readable });
  const result: Record<string, JsonObject> = {};
  for (const id of Object.keys(named)) {
    const { $schema: _schema, $id: _id, ...schema } = schemas[id] as JsonObject;
    result[id] = schema;
  }
  return result;
}

function parameters(endpoint: Endpoint): JsonObject[] {
  const result: JsonObject[] = [];
  for (const [name, { description, example }] of Object.entries(endpoint.pathParams ?? {})) {
    result.push({ name, in: 'path', required: true, description, schema: { type: 'string' }, example });
  }
  if (endpoint.query) {
    const query = jsonSchema(endpoint.query, 'input') as { properties?: Record<string, JsonObject>; required?: string[] };
    for (const [name, schema] of Object.entries(query.properties ?? {})) {
      const { description, example, ...rest } = schema;
      result.push({ name, in: 'query', required: query.required?.includes(name) ?? false, description, schema: rest, example });
    }
  }
  if (endpoint.inMode) {
    result.push({ $ref: '#/components/parameters/Mode' });
  }
  if (endpoint.idempotent) {
    result.push({ $ref: '#/components/parameters/IdempotencyKey' });
  }
  return result;
}

/** Headers an answer documents, as OpenAPI writes them. */
const headerObjects = (headers: Record<string, { description: string; type: string }> = {}) =>
  Object.fromEntries(Object.entries(headers).map(([name, { description, type }]) => [name, { description, schema: { type } }]));

function responses(endpoint: Endpoint): JsonObject {
  const { success } = endpoint;
  const answers: JsonObject = {};
  if ('schema' in success) {
    answers[success.status] = {
      description: success.description,
      ...(success.headers && { headers: headerObjects(success.headers) }),
      content: { 'application/json': { schema: jsonSchema(success.schema, 'output') } },
    };
  } else if ('file' in success) {
    const schema = success.file === 'text/csv' ? { type: 'string' } : { type: 'string', contentMediaType: success.file };
    answers[success.status] = {
      description: success.description,
      headers: {
        'Content-Disposition': { description: 'attachment; filename="…"', schema: { type: 'string' } },
        ...headerObjects(success.headers),
      },
      content: { [success.file]: { schema } },
    };
  } else {
    answers[success.status] = { description: success.description };
  }
  for (const status of endpoint.errors) answers[status] = { $ref: `#/components/responses/Problem${status}` };
  answers.default = { $ref: '#/components/responses/ServerFailure' };
  return answers;
}

function operation(endpoint: Endpoint): JsonObject {
  const roles = endpoint.roles ? `\n\nRoles: ${endpoint.roles.join(', ')}.` : '';
  return {
    operationId: endpoint.operationId,
    tags: [endpoint.tag],
    summary: endpoint.summary,
    ...((endpoint.description || roles) && { description: `${endpoint.description ?? ''}${roles}`.trim() }),
    ...(endpoint.withApiKey ? { security: [{ apiKey: [] }] } : endpoint.signedIn ? {} : { security: [] }),
    parameters: parameters(endpoint),
    ...(endpoint.body && {
      requestBody: {
        required: true,
        content: { 'application/json': { schema: jsonSchema(endpoint.body, 'input'), ...(endpoint.bodyExample !== undefined && { example: endpoint.bodyExample }) } },
      },
    }),
    responses: responses(endpoint),
  };
}

/** The OpenAPI 3.1 document of the API, generated from the contract's schemas: the contract itself. */
export function openApiDocument(): JsonObject {
  const paths: Record<string, JsonObject> = {};
  for (const endpoint of endpoints) (paths[endpoint.path] ??= {})[endpoint.method] = operation(endpoint);
  const problemResponses = Object.fromEntries(
    Object.entries(statusTitles).map(([status, description]) => [
      `Problem${status}`,
      { description, content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } },
    ]),
  );
  return {
    openapi: '3.1.0',
    info: {
      title: 'Comptoir API',
      version: '1.0.0',
      description: [
        'The API of the Comptoir merchant back office: orders and their life cycle, weekly statements, support, the team and the merchant\'s account.',
        'Money is in integer cents beside a `currency`; dates and times are ISO 8601.',
        `Every data call names its data world in the \`${modeHeader}\` header; test and live data never mix.`,
        'Errors are `application/problem+json` (RFC 9457). A path the API does not have is answered 404; a method a path does not take, 405 with the methods it takes in `Allow`. Every GET also answers HEAD: the same status and headers, no body, and a `Content-Length` where the GET sends none (a streamed file).',
        `A filter's several values come comma-separated (\`status=created,paid\`) or in the parameter repeated (\`status=created&status=paid\`); any other parameter sent twice is refused (422). Lists take \`pageSize\` from 1 to ${limits.pageSizeMax}. A list's query parameter given empty (\`status=\`, \`pageSize=\`, \`year=\`) is a cleared field of a form, as good as left out; those that choose a file's format or language (\`format\`, \`locale\`, \`lang\`) refuse it instead, as they say.`,
      ].join('\n\n'),
    },
    servers: [{ url: '/api', description: 'The API under the app (`VITE_API_URL`).' }],
    security: [{ bearer: [] }],
    tags: [
      { name: 'Session', description: 'Sign in and out, and passwords.' },
      { name: 'Team', description: "The merchant's users and their roles, and invitations." },
      { name: 'Orders', description: 'Orders, their actions and documents.' },
      { name: 'Statements', description: 'Weekly statements of the money movements.' },
      { name: 'Support', description: "Tickets to the provider's support." },
      { name: 'Account', description: "The merchant's billing details, payout account, API keys, security check and activity log." },
      { name: 'Demo', description: 'Only in the embedded backend of the demo.' },
      { name: 'Contract', description: 'This document.' },
    ],
    paths,
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'The `token` of `POST /session`.' },
        apiKey: { type: 'http', scheme: 'bearer', description: 'An API key of the merchant, `cpk_test_…` or `cpk_live_…`.' },
      },
      parameters: {
        Mode: { name: modeHeader, in: 'header', required: true, description: 'The data world of the call.', schema: { type: 'string', enum: [...modes] } },
        IdempotencyKey: {
          name: idempotencyKeyHeader,
          in: 'header',
          required: false,
          description:
            'A key of the client\'s choosing, 1 to 200 characters: a retry with the same key and body is applied once and answered the same, and another request sent with a key that succeeded is refused (422, `idempotency-key-reused`). Only a successful answer binds the key: after a refused one, the same key may carry the corrected request.',
          schema: { type: 'string', minLength: 1, maxLength: 200 },
        },
      },
      responses: {
        ...problemResponses,
        ServerFailure: {
          description: 'The server failed (5xx); nothing was applied. Never the answer to anything a client sends.',
          content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
        },
      },
      schemas: componentSchemas(),
    },
  };
}
