import { describe, expect, it } from 'vitest';
import { orderStatuses } from './orders';
import { isActionOpen, orderActionIds } from './order-action-statuses';

describe('the statuses an order takes each action in', () => {
  it('opens activation and a longer expiry to created orders, a reduction to activated ones, cancelling to both', () => {
    const open = Object.fromEntries(orderActionIds.map((action) => [action, orderStatuses.filter((status) => isActionOpen(action, status))]));
    expect(open).toEqual({ activate: ['created'], extend: ['created'], cancel: ['created', 'activated'], reduce: ['activated'] });
  });
});
