import { can } from './roles';

describe('roles', () => {
  it('lets an admin do everything', () => {
    for (const action of ['orders:read', 'orders:change', 'orders:export', 'statements:read', 'support:write', 'demo:reset', 'team:manage', 'account:read', 'account:manage'] as const) {
      expect(can('admin', action)).toBe(true);
    }
  });

  it('lets finance read, export, see statements and write to support but not change orders', () => {
    expect(can('finance', 'orders:read')).toBe(true);
    expect(can('finance', 'support:write')).toBe(true);
    expect(can('finance', 'orders:export')).toBe(true);
    expect(can('finance', 'statements:read')).toBe(true);
    expect(can('finance', 'orders:change')).toBe(false);
    expect(can('finance', 'team:manage')).toBe(false);
  });

  it('lets finance read the billing details and the payout account, and change nothing of the account', () => {
    expect(can('finance', 'account:read')).toBe(true);
    expect(can('finance', 'account:manage')).toBe(false);
  });

  it('lets support read orders and write to support, nothing more', () => {
    expect(can('support', 'orders:read')).toBe(true);
    expect(can('support', 'support:write')).toBe(true);
    expect(can('support', 'orders:export')).toBe(false);
    expect(can('support', 'statements:read')).toBe(false);
    expect(can('support', 'orders:change')).toBe(false);
    expect(can('support', 'team:manage')).toBe(false);
    expect(can('support', 'account:read')).toBe(false);
    expect(can('support', 'account:manage')).toBe(false);
  });
});
