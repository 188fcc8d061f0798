export { OrdersListPage } from './components/orders-list-page';
export { ordersQueryOptionsForAddress } from './api/get-orders';
export { OrderPage } from './components/order-page';
