/** Where each endpoint support calls lives under the API's base URL (the contract's `endpoints` lists them). */
export const supportApiPaths = {
  tickets: () => '/support/tickets',
  // The order a request is started from. Features share no code, so this is support's own copy of the address.
  order: (orderNumber: string) => `/orders/${encodeURIComponent(orderNumber)}`,
};
