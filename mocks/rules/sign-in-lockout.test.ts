import { afterFailure, lockMinutesLeft, noFailures, stillCounts, type FailedSignIns } from './sign-in-lockout';

const at = (minute: number, second = 0) => new Date(Date.UTC(2026, 10, 24, 13, minute, second)).toISOString();

function failAt(...minutes: number[]): FailedSignIns {
  return minutes.reduce<FailedSignIns>((state, minute) => afterFailure(state, at(minute)), noFailures);
}

describe('failed sign-ins', () => {
  it('lock the address for 15 minutes at the fifth within 15 minutes', () => {
    expect(lockMinutesLeft(failAt(0, 1, 2, 3), at(3))).toBeNull();
    const locked = failAt(0, 1, 2, 3, 14);
    expect(locked.lockedUntil).toBe(at(29));
    expect(lockMinutesLeft(locked, at(14))).toBe(15);
    expect(lockMinutesLeft(locked, at(28, 30))).toBe(1);
    expect(lockMinutesLeft(locked, at(29))).toBeNull();
  });

  it('forget failures older than the window', () => {
    // The first is 15 minutes old at the fifth: four count, no lock.
    const state = failAt(0, 1, 2, 3, 15);
    expect(state.lockedUntil).toBeNull();
    expect(state.failures).toEqual([at(1), at(2), at(3), at(15)]);
  });

  it('count again from nothing after a lock', () => {
    const locked = failAt(0, 1, 2, 3, 4);
    const after = afterFailure(locked, at(20));
    expect(after).toEqual({ failures: [at(20)], lockedUntil: null });
  });

  it('matter while a lock runs or a failure is in the window, no longer', () => {
    expect(stillCounts(failAt(0), at(14))).toBe(true);
    expect(stillCounts(failAt(0), at(15))).toBe(false);
    expect(stillCounts(failAt(0, 1, 2, 3, 4), at(18))).toBe(true);
    expect(stillCounts(failAt(0, 1, 2, 3, 4), at(19))).toBe(false);
  });
});
