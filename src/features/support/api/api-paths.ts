/** Where each endpoint support calls lives under the API's base URL (the contract's `endpoints` lists them). */
export const supportApiPaths = {
  tickets: () => '/support/tickets',
  ticket: (ticketNumber: string) => `/support/tickets/${encodeURIComponent(ticketNumber)}`,
  ticketMessages: (ticketNumber: string) => `/support/tickets/${encodeURIComponent(ticketNumber)}/messages`,
  ticketRead: (ticketNumber: string) => `/support/tickets/${encodeURIComponent(ticketNumber)}/read`,
  // The order a request is started from. Features share no code, so this is support's own copy of the address.
  order: (orderNumber: string) => `/orders/${encodeURIComponent(orderNumber)}`,
};
