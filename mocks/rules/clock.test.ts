import { now, setNow, setToday, today } from './clock';

afterEach(() => {
  setToday(null);
  setNow(null);
});

describe('the clock', () => {
  it('puts the real time of day on a pinned day', () => {
    setToday('2026-11-24');
    const before = new Date().toISOString().slice(11, 19);
    const instant = now();
    expect(instant.slice(0, 10)).toBe('2026-11-24');
    expect(instant.slice(11, 19) >= before || before >= '23:59:59').toBe(true);
    expect(Number.isNaN(Date.parse(instant))).toBe(false);
  });

  it('answers a fixed instant when a test sets one, leaving the day alone', () => {
    setToday('2026-11-24');
    setNow('2026-11-24T13:45:00+01:00');
    expect(now()).toBe('2026-11-24T12:45:00.000Z');
    expect(today()).toBe('2026-11-24');
    expect(() => setNow('half past one')).toThrow(RangeError);
  });
});
