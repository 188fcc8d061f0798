import type { PayoutAccount } from '@/contract/account';
import { accountOn, firstUnannouncedPayoutDate, payoutAccounts } from './payout-schedule';

const version = (iban: string, effectiveFrom: string, changedAt: string): PayoutAccount => ({ accountHolder: 'Bergblick AG', iban, effectiveFrom, changedAt, changedBy: 'Lukas Meier' });

describe('the first payout a change of account reaches', () => {
  it("is the running week's, on the Tuesday after its Sunday: the week before's is announced by its statement", () => {
    // Monday 23 November: the statement of the week to 22 November announces the payout of the 24th.
    expect(firstUnannouncedPayoutDate('2026-11-23')).toBe('2026-12-01');
    expect(firstUnannouncedPayoutDate('2026-11-24')).toBe('2026-12-01'); // Tuesday
    expect(firstUnannouncedPayoutDate('2026-11-25')).toBe('2026-12-01'); // Wednesday
    expect(firstUnannouncedPayoutDate('2026-11-29')).toBe('2026-12-01'); // Sunday
    expect(firstUnannouncedPayoutDate('2026-11-30')).toBe('2026-12-08'); // the next Monday
    expect(firstUnannouncedPayoutDate('2026-12-30')).toBe('2027-01-05');
  });
});

describe('the payout account', () => {
  const first = version('CH9300762011623852957', '2026-03-03', '2026-02-27T10:00:00.000Z');
  const second = version('CH5604835012345678009', '2026-12-01', '2026-11-24T10:00:00.000Z');
  const third = version('CH4431999123000889012', '2026-12-01', '2026-11-25T10:00:00.000Z');

  it('is none before one is given', () => {
    expect(payoutAccounts([], '2026-11-24')).toEqual({ current: null, next: null, nextPayoutDate: '2026-12-01', history: [] });
  });

  it('keeps paying to the current account until a change takes effect on its payout date', () => {
    expect(payoutAccounts([first, second], '2026-11-24')).toEqual({ current: first, next: second, nextPayoutDate: '2026-12-01', history: [second, first] });
    // From the Monday before, the statement of the week that ended announces that payout to it.
    expect(payoutAccounts([first, second], '2026-11-30')).toMatchObject({ current: second, next: null, nextPayoutDate: '2026-12-08' });
    expect(payoutAccounts([first, second], '2026-12-01')).toMatchObject({ current: second, next: null });
    expect(accountOn([first, second], '2026-11-24')).toBe(first);
    expect(accountOn([first, second], '2026-12-01')).toBe(second);
    expect(accountOn([first], '2026-03-02')).toBeNull();
  });

  it('lets a second change before the payout replace the first, keeping both in the history', () => {
    expect(payoutAccounts([first, second, third], '2026-11-25')).toEqual({ current: first, next: third, nextPayoutDate: '2026-12-01', history: [third, second, first] });
    expect(accountOn([first, second, third], '2026-12-01')).toBe(third);
  });
});
