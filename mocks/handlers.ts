import type { RequestHandler } from 'msw';
import { faults } from './fault-handlers';
import { account } from './resources/account';
import { activity } from './resources/activity';
import { apiKeys } from './resources/api-keys';
import { contract } from './resources/contract';
import { malformedPath, nestedApiPath, tooLongAddress, trailingSlash } from './http/malformed-path';
import { headAsGet } from './http/head-request';
import { unknownEndpoint } from './http/unknown-endpoint';
import { unreadQuery } from './http/unread-query';
import { demo } from './resources/demo';
import { orderExports } from './resources/exports';
import { orderActions } from './resources/order-actions';
import { orderDocuments } from './resources/order-documents';
import { invitations } from './resources/invitations';
import { orders } from './resources/orders';
import { passwordResets } from './resources/password-resets';
import { securityCheck } from './resources/security-check';
import { session } from './resources/session';
import { statements } from './resources/statements';
import { support } from './resources/support';
import { supportThread } from './resources/support-thread';
import { team } from './resources/team';

// An address too long, a path that does not decode, ends in a slash or nests /api is refused before
// any pattern tries it, and so is a query sent to an endpoint that reads none; HEAD, which asks the
// others, and the catch-all for unknown API paths stay last.
export const backendHandlers: RequestHandler[] = [
  tooLongAddress,
  malformedPath,
  trailingSlash,
  nestedApiPath,
  unreadQuery,
  ...session,
  ...passwordResets,
  ...invitations,
  ...team,
  ...orders,
  ...orderActions,
  ...orderDocuments,
  ...orderExports,
  ...statements,
  ...support,
  ...supportThread,
  ...account,
  ...apiKeys,
  ...securityCheck,
  ...activity,
  ...demo,
  ...contract,
  headAsGet(() => backendHandlers),
  unknownEndpoint,
];

/**
 * What answers in one process (Vitest, the HTTP server): the backend, with the faults a test asked
 * for first. In the browser the faults are taken in the page, which holds the test's settings, and
 * the backend answers from its worker.
 */
export const handlers = [...faults, ...backendHandlers];
