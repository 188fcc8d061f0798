import { canonicalWeekName } from './week-name';

describe("a week's name", () => {
  it('is read whatever its case, and written as the API writes it', () => {
    expect(canonicalWeekName('2026-w48')).toBe('2026-W48');
    expect(canonicalWeekName('2026-W48')).toBe('2026-W48');
  });

  it('is left as it is when it is no week, for the API to refuse', () => {
    for (const name of ['latest', '2026-w4', 'w48-2026', '2026-48']) expect(canonicalWeekName(name)).toBe(name);
  });
});
