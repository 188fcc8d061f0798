export { useOrderTicketEntries } from './components/order-ticket-entries';
export { OrderTickets } from './components/order-tickets';
export { SupportPage } from './components/support-page';
export { TicketPage } from './components/ticket-page';
