import { now, setNow, setToday, today } from './clock';

afterEach(() => {
  setToday(null);
  setNow(null);
});

describe('the clock', () => {
  it('puts the real time of day on a pinned day', () => {
    setToday('2026-11-24');
    const instant = now();
    expect(instant).toMatch(/^2026-11-24T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const msPerDay = 86_400_000;
    const apart = (((Date.now() - Date.parse(instant)) % msPerDay) + msPerDay) % msPerDay;
    expect(Math.min(apart, msPerDay - apart)).toBeLessThan(5_000);
  });

  it('answers a fixed instant when a test sets one, leaving the day alone', () => {
    setToday('2026-11-24');
    setNow('2026-11-24T13:45:00+01:00');
    expect(now()).toBe('2026-11-24T12:45:00.000Z');
    expect(today()).toBe('2026-11-24');
    expect(() => setNow('half past one')).toThrow(RangeError);
  });
});
