// What the app's navigation shows of support on every page: kept apart from the pages, so the
// frame does not load them.
export { useUnreadTicketCount } from './api/get-tickets';
