import { mayOpen } from './page-access';

describe('the pages a role may open', () => {
  it('are every page for an admin', () => {
    for (const path of ['/orders', '/statements/2026-W47', '/support/tickets/CPT-3333-000101', '/settings', '/settings/team', '/settings/activity', '/settings/credentials']) {
      expect(mayOpen('admin', path), path).toBe(true);
    }
  });

  it('leave out the team, the activity log and the API keys for finance, who reads the rest of the settings', () => {
    expect(mayOpen('finance', '/statements')).toBe(true);
    expect(mayOpen('finance', '/settings')).toBe(true);
    expect(mayOpen('finance', '/settings/payout-account')).toBe(true);
    expect(mayOpen('finance', '/settings/team')).toBe(false);
    expect(mayOpen('finance', '/settings/activity')).toBe(false);
    expect(mayOpen('finance', '/settings/credentials')).toBe(false);
  });

  it('leave out the statements and every setting for a support agent, who has the orders and support', () => {
    expect(mayOpen('support', '/orders/1001702')).toBe(true);
    expect(mayOpen('support', '/support')).toBe(true);
    expect(mayOpen('support', '/statements/2026-W47')).toBe(false);
    expect(mayOpen('support', '/settings')).toBe(false);
    expect(mayOpen('support', '/settings/billing-details')).toBe(false);
    // A page whose name only starts like a section's is not in it.
    expect(mayOpen('support', '/statements-old')).toBe(true);
  });
});
