import { z } from 'zod';
import { rowCountHeader, type Role } from './common';
import {
  activateBodySchema,
  cancelBodySchema,
  documentQuerySchema,
  orderDetailSchema,
  orderExportQuerySchema,
  orderListQuerySchema,
  orderPageSchema,
  reductionBodySchema,
} from './orders';
import { securityCheckSchema } from './account';
import { accountEndpoints } from './account-endpoints';
import { demoStorageSchema } from './demo';
import { credentialsSchema, sessionSchema } from './session';
import { statementCsvQuerySchema, statementDetailSchema, statementYearQuerySchema, statementYearSchema } from './statements';
import { ticketBodyExample, ticketBodySchema, ticketListSchema, ticketSchema } from './support';

/** How a successful answer is carried: JSON validated by `schema`, or a file. */
type SuccessAnswer =
  | { status: number; description: string; schema: z.ZodType; example?: unknown }
  | {
      status: number;
      description: string;
      file: 'text/csv' | 'application/pdf' | 'application/xml';
      /** Headers sent besides Content-Disposition. */
      headers?: Record<string, { description: string; type: 'integer' | 'string' }>;
    }
  | { status: 204; description: string };

export interface Endpoint {
  operationId: string;
  method: 'get' | 'post' | 'put' | 'delete';
  /** OpenAPI style, under the API's base URL: `/orders/{orderNumber}`. */
  path: string;
  tag: 'Session' | 'Orders' | 'Statements' | 'Support' | 'Account' | 'Demo' | 'Contract';
  summary: string;
  description?: string;
  /** Needs `Authorization: Bearer <token>`. */
  signedIn: boolean;
  /** Signed with an API key as the bearer token instead of a session's token. */
  withApiKey?: boolean;
  /** Names its data world in `Comptoir-Mode`. */
  inMode: boolean;
  /** Honours an `Idempotency-Key` header: a retry applies once. */
  idempotent?: boolean;
  /** Who may call it; everyone signed in when absent. */
  roles?: readonly Role[];
  pathParams?: Record<string, { description: string; example: string }>;
  query?: z.ZodObject;
  body?: z.ZodType;
  bodyExample?: unknown;
  success: SuccessAnswer;
  /** Every error status it may answer, each with a problem document. */
  errors: readonly number[];
}

const orderNumber = { description: "The merchant's own order number.", example: '1000042' };
const week = { description: 'An ISO week, `YYYY-Www`.', example: '2026-W47' };
const orderReads = ['admin', 'finance', 'support'] as const;
const orderChanges = ['admin'] as const;
const finance = ['admin', 'finance'] as const;

/** The failures every data call shares: malformed, no session, unknown world, a role that may not. */
const dataErrors = [400, 401, 403] as const;
/** A body not sent as JSON. */
const bodyErrors = [415] as const;
/** A change the storage has no room for (the embedded backend, on a full browser quota). */
const writeErrors = [507] as const;

/** Every endpoint of the API, in the order the document lists them. */
export const endpoints: readonly Endpoint[] = [
  {
    operationId: 'signIn',
    method: 'post',
    path: '/session',
    tag: 'Session',
    summary: 'Sign in',
    description: 'Starts a session. Every other call sends the token it answers as a bearer token.',
    signedIn: false,
    inMode: false,
    body: credentialsSchema,
    bodyExample: { email: 'admin@atelier-lumiere.example', password: 'demo-password' },
    success: { status: 201, description: 'The session, its user and their merchant.', schema: sessionSchema },
    errors: [400, 401, 422, ...bodyErrors, ...writeErrors],
  },
  {
    operationId: 'getSession',
    method: 'get',
    path: '/session',
    tag: 'Session',
    summary: 'The current session',
    signedIn: true,
    inMode: false,
    success: { status: 200, description: 'The session the token belongs to.', schema: sessionSchema },
    errors: [401],
  },
  {
    operationId: 'signOut',
    method: 'delete',
    path: '/session',
    tag: 'Session',
    summary: 'Sign out',
    signedIn: true,
    inMode: false,
    success: { status: 204, description: 'The session has ended.' },
    errors: [401, ...writeErrors],
  },
  {
    operationId: 'listOrders',
    method: 'get',
    path: '/orders',
    tag: 'Orders',
    summary: 'List orders',
    description: 'One page of the orders that match every filter given, sorted.',
    signedIn: true,
    inMode: true,
    roles: orderReads,
    query: orderListQuerySchema,
    success: { status: 200, description: 'A page of orders.', schema: orderPageSchema },
    errors: [...dataErrors, 422],
  },
  {
    operationId: 'getOrder',
    method: 'get',
    path: '/orders/{orderNumber}',
    tag: 'Orders',
    summary: 'One order',
    description: "Another merchant's order, or one of the other data world, is unknown (404).",
    signedIn: true,
    inMode: true,
    roles: orderReads,
    pathParams: { orderNumber },
    success: { status: 200, description: 'The order with its lines, events and documents.', schema: orderDetailSchema },
    errors: [...dataErrors, 404],
  },
  {
    operationId: 'activateOrder',
    method: 'post',
    path: '/orders/{orderNumber}/activate',
    tag: 'Orders',
    summary: 'Activate an order',
    description: 'The goods are shipped: the invoice is issued and the payment term starts. Only a `created` order can be activated.',
    signedIn: true,
    inMode: true,
    idempotent: true,
    roles: orderChanges,
    pathParams: { orderNumber },
    body: activateBodySchema,
    bodyExample: { version: 1 },
    success: { status: 200, description: 'The updated order.', schema: orderDetailSchema },
    errors: [...dataErrors, 404, 409, 422, ...bodyErrors, ...writeErrors],
  },
  {
    operationId: 'cancelOrder',
    method: 'post',
    path: '/orders/{orderNumber}/cancel',
    tag: 'Orders',
    summary: 'Cancel an order',
    description: 'Before activation the order is `cancelled`; after it, everything outstanding is credited and it is `credited`.',
    signedIn: true,
    inMode: true,
    idempotent: true,
    roles: orderChanges,
    pathParams: { orderNumber },
    body: cancelBodySchema,
    bodyExample: { version: 2, reason: 'Customer withdrew' },
    success: { status: 200, description: 'The updated order.', schema: orderDetailSchema },
    errors: [...dataErrors, 404, 409, 422, ...bodyErrors, ...writeErrors],
  },
  {
    operationId: 'reduceOrder',
    method: 'post',
    path: '/orders/{orderNumber}/reductions',
    tag: 'Orders',
    summary: 'Partially cancel an order',
    description:
      'Reduces what is outstanding by an amount, or by the lines and quantities that come back. A credit note is issued; returning every item credits the shipping fee too.',
    signedIn: true,
    inMode: true,
    idempotent: true,
    roles: orderChanges,
    pathParams: { orderNumber },
    body: reductionBodySchema,
    bodyExample: { version: 2, reason: 'Price adjustment agreed with customer', amount: 1250 },
    success: { status: 200, description: 'The updated order.', schema: orderDetailSchema },
    errors: [...dataErrors, 404, 409, 422, ...bodyErrors, ...writeErrors],
  },
  {
    operationId: 'getOrderDocument',
    method: 'get',
    path: '/orders/{orderNumber}/documents/{documentId}',
    tag: 'Orders',
    summary: 'An invoice or credit note as PDF',
    signedIn: true,
    inMode: true,
    roles: orderReads,
    pathParams: { orderNumber, documentId: { description: "The document's id, from the order's `documents`.", example: 'INV-1000042' } },
    query: documentQuerySchema,
    success: { status: 200, description: "The document, in the shopper's language unless `lang` asks for another.", file: 'application/pdf' },
    errors: [...dataErrors, 404, 422],
  },
  {
    operationId: 'exportOrders',
    method: 'get',
    path: '/exports/orders',
    tag: 'Orders',
    summary: 'Export orders as CSV',
    description: 'Every order that matches the filters (not one page), in the sort asked for.',
    signedIn: true,
    inMode: true,
    roles: finance,
    query: orderExportQuerySchema,
    success: {
      status: 200,
      description: 'UTF-8 CSV with a byte-order mark, sent as it is written: the rows arrive while later ones are still being made.',
      file: 'text/csv',
      headers: { [rowCountHeader]: { description: 'How many order rows the file holds, after its header row.', type: 'integer' } },
    },
    errors: [...dataErrors, 422],
  },
  {
    operationId: 'listStatements',
    method: 'get',
    path: '/statements',
    tag: 'Statements',
    summary: "A year's weekly statements",
    description: 'One per ISO week that has ended, newest first; quiet weeks have a zero statement.',
    signedIn: true,
    inMode: true,
    roles: finance,
    query: statementYearQuerySchema,
    success: { status: 200, description: 'The statements of the year.', schema: statementYearSchema },
    errors: [...dataErrors, 422],
  },
  {
    operationId: 'getStatement',
    method: 'get',
    path: '/statements/{week}',
    tag: 'Statements',
    summary: "One week's statement",
    signedIn: true,
    inMode: true,
    roles: finance,
    pathParams: { week },
    success: { status: 200, description: 'The statement with every movement, and where its payout goes.', schema: statementDetailSchema },
    errors: [...dataErrors, 404],
  },
  {
    operationId: 'getStatementCsv',
    method: 'get',
    path: '/statements/{week}/csv',
    tag: 'Statements',
    summary: "One week's statement as CSV",
    signedIn: true,
    inMode: true,
    roles: finance,
    pathParams: { week },
    query: statementCsvQuerySchema,
    success: { status: 200, description: 'One row per movement, with the payout date.', file: 'text/csv' },
    errors: [...dataErrors, 404, 422],
  },
  {
    operationId: 'getStatementPdf',
    method: 'get',
    path: '/statements/{week}/pdf',
    tag: 'Statements',
    summary: "One week's statement as PDF",
    signedIn: true,
    inMode: true,
    roles: finance,
    pathParams: { week },
    success: { status: 200, description: 'The statement, paged.', file: 'application/pdf' },
    errors: [...dataErrors, 404],
  },
  {
    operationId: 'getStatementCamt053',
    method: 'get',
    path: '/statements/{week}/camt053',
    tag: 'Statements',
    summary: "One week's statement as ISO 20022 camt.053",
    description:
      'A bank-to-customer statement (camt.053.001.08) of the merchant\'s settlement account: it opens the week at zero, books every movement with its payment reference as remittance information, closes at the net, and shows the payout as pending on its date.',
    signedIn: true,
    inMode: true,
    roles: finance,
    pathParams: { week },
    success: { status: 200, description: 'UTF-8 XML, valid against camt.053.001.08.', file: 'application/xml' },
    errors: [...dataErrors, 404],
  },
  {
    operationId: 'listTickets',
    method: 'get',
    path: '/support/tickets',
    tag: 'Support',
    summary: "The merchant's support requests",
    signedIn: true,
    inMode: true,
    success: { status: 200, description: 'Newest first.', schema: ticketListSchema },
    errors: dataErrors,
  },
  {
    operationId: 'createTicket',
    method: 'post',
    path: '/support/tickets',
    tag: 'Support',
    summary: 'Write to support',
    description: 'Files a request and answers its ticket number. A payment-term extension names the order and the due date wished for.',
    signedIn: true,
    inMode: true,
    idempotent: true,
    body: ticketBodySchema,
    bodyExample: ticketBodyExample,
    success: { status: 201, description: 'The filed request.', schema: ticketSchema },
    errors: [...dataErrors, 422, ...bodyErrors, ...writeErrors],
  },
  ...accountEndpoints,
  {
    operationId: 'resetDemoData',
    method: 'post',
    path: '/demo/reset',
    tag: 'Demo',
    summary: 'Restore the demo data (embedded backend only)',
    description: "Restores the caller's merchant's data, test and live, to the seed; other merchants' data is untouched and nobody is signed out.",
    signedIn: true,
    inMode: false,
    roles: orderChanges,
    success: { status: 204, description: "The merchant's seed is restored." },
    errors: [401, 403, ...writeErrors],
  },
  {
    operationId: 'passSecurityCheck',
    method: 'post',
    path: '/demo/security-check/pass',
    tag: 'Demo',
    summary: 'Pass the security check at once (embedded backend only)',
    description: "The caller's merchant passes the check now, whatever its state, so that a demo or a test need not wait for the review.",
    signedIn: true,
    inMode: false,
    roles: orderChanges,
    success: { status: 200, description: 'The security check, passed.', schema: securityCheckSchema },
    errors: [401, 403, ...writeErrors],
  },
  {
    operationId: 'getDemoStorage',
    method: 'get',
    path: '/demo/storage',
    tag: 'Demo',
    summary: 'Where the demo data is kept (embedded backend only)',
    description: 'Says whether the data outlives the tab, and lists stored changes that could not be read: they were set aside, not applied.',
    signedIn: true,
    inMode: false,
    success: { status: 200, description: 'The state of the storage.', schema: demoStorageSchema },
    errors: [401],
  },
  {
    operationId: 'discardSetAsideChanges',
    method: 'delete',
    path: '/demo/storage/set-aside',
    tag: 'Demo',
    summary: 'Forget the changes that could not be read (embedded backend only)',
    signedIn: true,
    inMode: false,
    roles: orderChanges,
    success: { status: 204, description: 'They are gone for good.' },
    errors: [401, 403, ...writeErrors],
  },
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
