import { linkExpiry, linkRefusal, type OneTimeLink } from './one-time-links';

const sent = '2026-11-24T13:45:00.000Z';
const link = (overrides: Partial<OneTimeLink> = {}): OneTimeLink => ({
  digest: 'ab',
  purpose: 'password-reset',
  userId: 'user-3333-2',
  createdAt: sent,
  expiresAt: linkExpiry('password-reset', sent),
  usedAt: null,
  ...overrides,
});

describe('one-time links', () => {
  it('last an hour for a password reset and seven days for an invitation', () => {
    expect(linkExpiry('password-reset', sent)).toBe('2026-11-24T14:45:00.000Z');
    expect(linkExpiry('invitation', sent)).toBe('2026-12-01T13:45:00.000Z');
  });

  it('work until they expire, by the clock given', () => {
    expect(linkRefusal(link(), 'password-reset', '2026-11-24T14:44:59.999Z')).toBeNull();
    expect(linkRefusal(link(), 'password-reset', '2026-11-24T14:45:00.000Z')).toBe('expired');
  });

  it('work once', () => {
    expect(linkRefusal(link({ usedAt: '2026-11-24T13:50:00.000Z' }), 'password-reset', '2026-11-24T13:51:00.000Z')).toBe('used');
  });

  it('work only for what they were sent for', () => {
    expect(linkRefusal(link(), 'invitation', sent)).toBe('unknown');
    expect(linkRefusal(undefined, 'password-reset', sent)).toBe('unknown');
  });
});
