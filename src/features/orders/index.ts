export { OrdersListPage } from './components/orders-list-page';
export { OrderPage } from './components/order-page';
export type { TimelineEntry } from './components/order-timeline';
