import { teamChangeRefusal, type Member } from './team';

const admin: Member = { id: 'a1', role: 'admin', state: 'active' };
const secondAdmin: Member = { id: 'a2', role: 'admin', state: 'active' };
const finance: Member = { id: 'f1', role: 'finance', state: 'active' };
const invited: Member = { id: 'i1', role: 'support', state: 'invited' };
const gone: Member = { id: 'd1', role: 'admin', state: 'deactivated' };

describe('changes to the team', () => {
  it('let an admin change another user’s role or deactivate them', () => {
    const team = [admin, secondAdmin, finance];
    expect(teamChangeRefusal('a1', finance, { kind: 'role', role: 'support' }, team)).toBeNull();
    expect(teamChangeRefusal('a1', finance, { kind: 'deactivate' }, team)).toBeNull();
    expect(teamChangeRefusal('a1', secondAdmin, { kind: 'deactivate' }, team)).toBeNull();
  });

  it('never let an admin change their own role or deactivate themself', () => {
    const team = [admin, secondAdmin];
    expect(teamChangeRefusal('a1', admin, { kind: 'role', role: 'finance' }, team)).toBe('own-account');
    expect(teamChangeRefusal('a1', admin, { kind: 'deactivate' }, team)).toBe('own-account');
  });

  it('always keep one active admin', () => {
    // Whoever acts: a deactivated or invited admin does not count.
    const team = [admin, finance, gone, { ...invited, role: 'admin' as const }];
    expect(teamChangeRefusal('f1', admin, { kind: 'role', role: 'finance' }, team)).toBe('last-admin');
    expect(teamChangeRefusal('f1', admin, { kind: 'deactivate' }, team)).toBe('last-admin');
    expect(teamChangeRefusal('f1', admin, { kind: 'role', role: 'admin' }, team)).toBeNull();
    expect(teamChangeRefusal('f1', admin, { kind: 'deactivate' }, [...team, secondAdmin])).toBeNull();
  });

  it('reactivate only the deactivated, and send new links only to the invited', () => {
    const team = [admin, finance, invited, gone];
    expect(teamChangeRefusal('a1', gone, { kind: 'reactivate' }, team)).toBeNull();
    expect(teamChangeRefusal('a1', finance, { kind: 'reactivate' }, team)).toBe('not-deactivated');
    expect(teamChangeRefusal('a1', gone, { kind: 'deactivate' }, team)).toBe('already-deactivated');
    expect(teamChangeRefusal('a1', gone, { kind: 'role', role: 'finance' }, team)).toBe('deactivated');
    expect(teamChangeRefusal('a1', invited, { kind: 'resend' }, team)).toBeNull();
    expect(teamChangeRefusal('a1', finance, { kind: 'resend' }, team)).toBe('not-invited');
  });
});
