import { dueDateIfActivatedToday } from './due-date';

describe('due date of an activation', () => {
  it('adds the payment term in calendar days, across month and year ends', () => {
    expect(dueDateIfActivatedToday(14, new Date(2026, 10, 24))).toBe('2026-12-08');
    expect(dueDateIfActivatedToday(30, new Date(2026, 11, 15))).toBe('2027-01-14');
    expect(dueDateIfActivatedToday(14, new Date(2028, 1, 20))).toBe('2028-03-05');
  });
});
