import { dueDateIfActivatedToday } from './due-date';

describe('due date of an activation', () => {
  it('adds the payment term in calendar days, across month and year ends', () => {
    expect(dueDateIfActivatedToday(14, new Date('2026-11-24T10:00:00Z'))).toBe('2026-12-08');
    expect(dueDateIfActivatedToday(30, new Date('2026-12-15T10:00:00Z'))).toBe('2027-01-14');
    expect(dueDateIfActivatedToday(14, new Date('2028-02-20T10:00:00Z'))).toBe('2028-03-05');
  });

  it('counts the day as the API does, in UTC, also just after midnight in Brussels', () => {
    expect(dueDateIfActivatedToday(14, new Date('2026-11-24T23:30:00Z'))).toBe('2026-12-08');
  });
});
