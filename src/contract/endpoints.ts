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
import { demoStorageSchema, outboxSchema } from './demo';
import {
  credentialsSchema,
  passwordChangeBodySchema,
  passwordResetBodySchema,
  passwordResetRequestSchema,
  passwordResetSchema,
  sessionSchema,
  signInLockout,
} from './session';
import {
  acceptedInvitationSchema,
  invitationAcceptBodySchema,
  invitationBodySchema,
  invitationDays,
  invitationSchema,
  roleBodySchema,
  teamMemberSchema,
  teamSchema,
} from './team';
import { statementCsvQuerySchema, statementSchema, statementYearQuerySchema, statementYearSchema } from './statements';
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
  | { status: 202 | 204; description: string };

export interface Endpoint {
  operationId: string;
  method: 'get' | 'post' | 'delete';
  /** OpenAPI style, under the API's base URL: `/orders/{orderNumber}`. */
  path: string;
  tag: 'Session' | 'Team' | 'Orders' | 'Statements' | 'Support' | 'Demo' | 'Contract';
  summary: string;
  description?: string;
  /** Needs `Authorization: Bearer <token>`. */
  signedIn: boolean;
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
const admins = ['admin'] as const;
const userId = { description: "A user's id, from the team list.", example: 'user-3333-2' };
const linkToken = { description: 'The token of the link the message carried.', example: '9c1f3e…' };
const emailLanguage = 'The message is written in the language of `Accept-Language` (en, fr, nl or de; English otherwise).';

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
    signedIn: false,
    inMode: false,
    description:
      `Starts a session. Every other call sends the token it answers as a bearer token. ${signInLockout.failures} failed attempts for one address within ${signInLockout.windowMinutes} minutes lock it for ${signInLockout.lockMinutes} minutes (429, with \`retryAfterMinutes\`), whether the address is an account's or not; a deactivated account is refused with 403 once its password is right.`,
    body: credentialsSchema,
    bodyExample: { email: 'admin@atelier-lumiere.example', password: 'demo-password' },
    success: { status: 201, description: 'The session, its user and their merchant.', schema: sessionSchema },
    errors: [400, 401, 403, 422, 429, ...bodyErrors, ...writeErrors],
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
    operationId: 'changePassword',
    method: 'post',
    path: '/session/password',
    tag: 'Session',
    summary: 'Change your password',
    description: "Needs the current password (422 naming `currentPassword` when it is wrong). The user's other sessions end; this one goes on.",
    signedIn: true,
    inMode: false,
    body: passwordChangeBodySchema,
    bodyExample: { currentPassword: 'demo-password', newPassword: 'lantern-orchard-42' },
    success: { status: 204, description: 'The password is changed.' },
    errors: [400, 401, 422, ...bodyErrors, ...writeErrors],
  },
  {
    operationId: 'requestPasswordReset',
    method: 'post',
    path: '/password-resets',
    tag: 'Session',
    summary: 'Send a password reset link',
    description: `Sends the address a link that sets a new password once, within an hour, if it is an active account's. The answer is the same either way, so it tells nobody which addresses have an account. ${emailLanguage}`,
    signedIn: false,
    inMode: false,
    body: passwordResetRequestSchema,
    bodyExample: { email: 'finance@atelier-lumiere.example' },
    success: { status: 202, description: 'A link is on its way if the address is an account\'s.' },
    errors: [400, 422, ...bodyErrors, ...writeErrors],
  },
  {
    operationId: 'getPasswordReset',
    method: 'get',
    path: '/password-resets/{token}',
    tag: 'Session',
    summary: 'A password reset link',
    description: 'A link that was used, has expired or was replaced by a newer one is unknown (404).',
    signedIn: false,
    inMode: false,
    pathParams: { token: linkToken },
    success: { status: 200, description: 'Whose password the link sets, and until when.', schema: passwordResetSchema },
    errors: [404],
  },
  {
    operationId: 'completePasswordReset',
    method: 'post',
    path: '/password-resets/{token}/complete',
    tag: 'Session',
    summary: 'Set a new password with a reset link',
    description: "Uses the link up: it works once. Every session of the user ends, and the address's failed sign-ins are forgotten.",
    signedIn: false,
    inMode: false,
    pathParams: { token: linkToken },
    body: passwordResetBodySchema,
    bodyExample: { password: 'lantern-orchard-42' },
    success: { status: 204, description: 'The password is set; sign in with it.' },
    errors: [400, 404, 422, ...bodyErrors, ...writeErrors],
  },
  {
    operationId: 'getInvitation',
    method: 'get',
    path: '/invitations/{token}',
    tag: 'Team',
    summary: 'An invitation link',
    description: 'A link that was used, has expired, was withdrawn or replaced by a newer one is unknown (404).',
    signedIn: false,
    inMode: false,
    pathParams: { token: linkToken },
    success: { status: 200, description: 'What the invitee is asked to join.', schema: invitationSchema },
    errors: [404],
  },
  {
    operationId: 'acceptInvitation',
    method: 'post',
    path: '/invitations/{token}/accept',
    tag: 'Team',
    summary: 'Accept an invitation',
    description: 'The invitee gives a name and a password; the link is used up and the account is active: sign in with it.',
    signedIn: false,
    inMode: false,
    pathParams: { token: linkToken },
    body: invitationAcceptBodySchema,
    bodyExample: { name: 'Emma Peeters', password: 'lantern-orchard-42' },
    success: { status: 200, description: 'The address to sign in with.', schema: acceptedInvitationSchema },
    errors: [400, 404, 422, ...bodyErrors, ...writeErrors],
  },
  {
    operationId: 'listTeam',
    method: 'get',
    path: '/team/members',
    tag: 'Team',
    summary: "The merchant's users",
    description: 'Everyone who may sign in to the merchant, was invited to, or was deactivated.',
    signedIn: true,
    inMode: false,
    roles: admins,
    success: { status: 200, description: 'The team, by name.', schema: teamSchema },
    errors: [401, 403],
  },
  {
    operationId: 'inviteMember',
    method: 'post',
    path: '/team/invitations',
    tag: 'Team',
    summary: 'Invite a user',
    description: `Sends the address a link, valid ${invitationDays} days, to join the team with the role. An address that already has an account, here or at another merchant, is refused (409). ${emailLanguage}`,
    signedIn: true,
    inMode: false,
    roles: admins,
    body: invitationBodySchema,
    bodyExample: { email: 'emma.peeters@atelier-lumiere.example', role: 'finance' },
    success: { status: 201, description: 'The invited user.', schema: teamMemberSchema },
    errors: [400, 401, 403, 409, 422, ...bodyErrors, ...writeErrors],
  },
  {
    operationId: 'changeMemberRole',
    method: 'post',
    path: '/team/members/{userId}/role',
    tag: 'Team',
    summary: "Change a user's role",
    description: 'Takes effect at their next call. An admin cannot change their own role, nor take the last active admin\'s away (409).',
    signedIn: true,
    inMode: false,
    roles: admins,
    pathParams: { userId },
    body: roleBodySchema,
    bodyExample: { role: 'support' },
    success: { status: 200, description: 'The user with the new role.', schema: teamMemberSchema },
    errors: [400, 401, 403, 404, 409, 422, ...bodyErrors, ...writeErrors],
  },
  {
    operationId: 'deactivateMember',
    method: 'post',
    path: '/team/members/{userId}/deactivate',
    tag: 'Team',
    summary: 'Deactivate a user',
    description:
      "Their sessions end at once (their next call is answered 401) and they cannot sign in; an invitee's link stops working. An admin cannot deactivate themself nor the last active admin (409).",
    signedIn: true,
    inMode: false,
    roles: admins,
    pathParams: { userId },
    success: { status: 200, description: 'The deactivated user.', schema: teamMemberSchema },
    errors: [401, 403, 404, 409, ...writeErrors],
  },
  {
    operationId: 'reactivateMember',
    method: 'post',
    path: '/team/members/{userId}/reactivate',
    tag: 'Team',
    summary: 'Reactivate a user',
    description: `They may sign in again with their password. One who never accepted their invitation is invited again, with a new link. ${emailLanguage}`,
    signedIn: true,
    inMode: false,
    roles: admins,
    pathParams: { userId },
    success: { status: 200, description: 'The reactivated user.', schema: teamMemberSchema },
    errors: [401, 403, 404, 409, ...writeErrors],
  },
  {
    operationId: 'resendInvitation',
    method: 'post',
    path: '/team/members/{userId}/invitation',
    tag: 'Team',
    summary: 'Send a new invitation link',
    description: `For a user still invited: a new link, valid ${invitationDays} days; the earlier one stops working. ${emailLanguage}`,
    signedIn: true,
    inMode: false,
    roles: admins,
    pathParams: { userId },
    success: { status: 200, description: 'The invited user, with the new link\'s expiry.', schema: teamMemberSchema },
    errors: [401, 403, 404, 409, ...writeErrors],
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
    success: { status: 200, description: 'The statement with every movement.', schema: statementSchema },
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
    operationId: 'getDemoOutbox',
    method: 'get',
    path: '/demo/outbox',
    tag: 'Demo',
    summary: 'The messages the demo would have sent (embedded backend only)',
    description:
      "No e-mail leaves the demo: every invitation and password reset link it sends is kept here instead, newest first, for every merchant of the demo. It needs no session, since whoever asks for a reset is signed out: it stands in for the recipients' mailboxes, and no real API has it.",
    signedIn: false,
    inMode: false,
    success: { status: 200, description: 'The messages, newest first.', schema: outboxSchema },
    errors: [],
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
