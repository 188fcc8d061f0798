import { isoYearOf } from './iso-week';

describe('ISO year', () => {
  it('follows the Thursday of the week across the year turn', () => {
    expect(isoYearOf(new Date(2026, 10, 24))).toBe(2026);
    expect(isoYearOf(new Date(2027, 0, 3))).toBe(2026);
    expect(isoYearOf(new Date(2027, 0, 4))).toBe(2027);
    expect(isoYearOf(new Date(2024, 11, 30))).toBe(2025);
  });
});
