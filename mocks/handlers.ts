import { faults } from './faults';
import { contract } from './resources/contract';
import { malformedPath } from './http/malformed-path';
import { demo, unknownEndpoint } from './resources/demo';
import { orderExports } from './resources/exports';
import { orderActions } from './resources/order-actions';
import { orderDocuments } from './resources/order-documents';
import { orders } from './resources/orders';
import { session } from './resources/session';
import { statements } from './resources/statements';
import { support } from './resources/support';

// A path that does not decode is refused before any pattern tries it; faults a test asked for come
// next; the catch-all for unknown API paths must stay last.
export const handlers = [
  malformedPath,
  ...faults,
  ...session,
  ...orders,
  ...orderActions,
  ...orderDocuments,
  ...orderExports,
  ...statements,
  ...support,
  ...demo,
  ...contract,
  unknownEndpoint,
];
