import type { OrderStatus } from '@/contract/orders';
import type { Topic } from '@/contract/support';
import type { OrderPrefill } from '../api/get-order-prefill';

/** The topic a request about an order most likely has, given where the order stands. */
export function topicForOrder(status: OrderStatus): Topic {
  switch (status) {
    case 'created':
      return 'activation';
    case 'activated':
      return 'payment-term-extension';
    case 'cancelled':
    case 'credited':
      return 'credit';
    default:
      return 'other';
  }
}

export function orderFields(order: OrderPrefill) {
  return { orderReference: order.paymentReference, customerId: order.customer.customerId, topic: topicForOrder(order.status) };
}
