import { faults } from './faults';
import { demo, unknownEndpoint } from './resources/demo';
import { orderExports } from './resources/exports';
import { orderActions } from './resources/order-actions';
import { orderDocuments } from './resources/order-documents';
import { orders } from './resources/orders';
import { session } from './resources/session';
import { statements } from './resources/statements';
import { support } from './resources/support';

// Faults a test asked for come first; the catch-all for unknown API paths must stay last.
export const handlers = [...faults, ...session, ...orders, ...orderActions, ...orderDocuments, ...orderExports, ...statements, ...support, ...demo, unknownEndpoint];
