import { dueDateIfActivatedOn, utcToday } from './due-date';

describe('due date of an activation', () => {
  it('adds the payment term in calendar days, across month and year ends', () => {
    expect(dueDateIfActivatedOn('2026-11-24', 14)).toBe('2026-12-08');
    expect(dueDateIfActivatedOn('2026-12-15', 30)).toBe('2027-01-14');
    expect(dueDateIfActivatedOn('2028-02-20', 14)).toBe('2028-03-05');
  });

  it("takes the device's day as the API counts it, in UTC, also just after midnight in Brussels", () => {
    expect(utcToday(new Date('2026-11-24T23:30:00Z'))).toBe('2026-11-24');
    expect(dueDateIfActivatedOn(utcToday(new Date('2026-11-24T23:30:00Z')), 14)).toBe('2026-12-08');
  });
});
