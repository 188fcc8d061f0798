import { messageAboutStatement, statementWeekOf } from './prefill';

describe('a request started from a statement', () => {
  it('reads the week from the address only when it is an ISO week name', () => {
    expect(statementWeekOf('2026-W47')).toBe('2026-W47');
    expect(statementWeekOf('2026-47')).toBeUndefined();
    expect(statementWeekOf('<b>2026-W47</b>')).toBeUndefined();
    expect(statementWeekOf(null)).toBeUndefined();
  });

  it('names the week before what was typed, and not again once the message names it (a reload of the draft)', () => {
    const about = 'About the statement 2026-W47: ';
    expect(messageAboutStatement('', about, '2026-W47')).toBe(about);
    expect(messageAboutStatement('Why this fee?', about, '2026-W47')).toBe('About the statement 2026-W47: Why this fee?');
    expect(messageAboutStatement('About the statement 2026-W47: Why this fee?', about, '2026-W47')).toBe('About the statement 2026-W47: Why this fee?');
  });
});
