import { passwordRefusal } from './password-policy';

describe('a newly chosen password', () => {
  it('needs 12 characters at least and 128 at most', () => {
    expect(passwordRefusal('short-pass1')).toBe('too-short');
    expect(passwordRefusal('lantern-orch')).toBeNull();
    expect(passwordRefusal('x1'.repeat(64))).toBeNull();
    expect(passwordRefusal(`${'x1'.repeat(64)}y`)).toBe('too-long');
  });

  it.each(['password1234', 'Password1234', '123456789012', 'QWERTYUIOP12', 'motdepasse123', 'demo-password', 'aaaaaaaaaaaaaaa', '............'])(
    'refuses %s, which is common or easily guessed, whatever its case',
    (password) => expect(passwordRefusal(password)).toBe('common'),
  );

  it('takes a long one of the user’s own making', () => {
    expect(passwordRefusal('lantern-orchard-42')).toBeNull();
    expect(passwordRefusal('Zes kleine wolken boven Gent')).toBeNull();
  });
});
