import { ApiError, problemFromStatus } from '@/lib/api-error';
import { conflictOf } from './team-errors';

const refusal = (status: number, slug: string) => ApiError.fromStatus(status, { ...problemFromStatus(status), type: `https://comptoir.example/problems/${slug}` });

describe('a refused change to the team', () => {
  it('is told by the rule that refused it', () => {
    expect(conflictOf(refusal(409, 'last-admin'))).toBe('last-admin');
    expect(conflictOf(refusal(409, 'own-account'))).toBe('own-account');
    expect(conflictOf(refusal(409, 'address-taken'))).toBe('address-taken');
  });

  it('is no rule of its own for another conflict, another status or a name an object already has', () => {
    expect(conflictOf(refusal(409, 'already-deactivated'))).toBeNull();
    expect(conflictOf(refusal(409, 'constructor'))).toBeNull();
    expect(conflictOf(refusal(422, 'last-admin'))).toBeNull();
    expect(conflictOf(new Error('x'))).toBeNull();
  });
});
