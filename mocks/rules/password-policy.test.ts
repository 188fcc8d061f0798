import { passwordRefusal } from './password-policy';

const owner = { email: 'amelie.dupont@atelier-lumiere.example' };

describe('a newly chosen password', () => {
  it('needs 12 characters at least and 128 at most', () => {
    expect(passwordRefusal('short-pass1', owner)).toBe('too-short');
    expect(passwordRefusal('lantern-orch', owner)).toBeNull();
    expect(passwordRefusal('x1'.repeat(64), owner)).toBeNull();
    expect(passwordRefusal(`${'x1'.repeat(64)}y`, owner)).toBe('too-long');
  });

  it.each(['password1234', 'Password1234', '123456789012', 'QWERTYUIOP12', 'motdepasse123', 'demo-password', 'aaaaaaaaaaaaaaa', '............'])(
    'refuses %s, which is common or easily guessed, whatever its case',
    (password) => expect(passwordRefusal(password, owner)).toBe('common'),
  );

  it('takes a long one of the user’s own making', () => {
    expect(passwordRefusal('lantern-orchard-42', owner)).toBeNull();
    expect(passwordRefusal('Zes kleine wolken boven Gent', owner)).toBeNull();
  });

  it('refuses one that holds the address, or the name before its @, whatever its case', () => {
    expect(passwordRefusal('amelie.dupont@atelier-lumiere.example', owner)).toBe('contains-email');
    expect(passwordRefusal('My-Amelie.Dupont-2026', owner)).toBe('contains-email');
    expect(passwordRefusal('zes-kleine-wolken-amelie', owner)).toBeNull();
    // A name too short to tell anything is only part of the words around it.
    expect(passwordRefusal('jeannette-loves-tea', { email: 'jan@atelier-lumiere.example' })).toBeNull();
    expect(passwordRefusal('i-am-finance-2026', { email: 'finance@atelier-lumiere.example' })).toBe('contains-email');
  });

  it('refuses the current password as the new one, on a change', () => {
    expect(passwordRefusal('lantern-orchard-42', { ...owner, currentPassword: 'lantern-orchard-42' })).toBe('same-as-current');
    expect(passwordRefusal('Lantern-orchard-42', { ...owner, currentPassword: 'lantern-orchard-42' })).toBeNull();
  });
});
