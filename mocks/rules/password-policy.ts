import { limits, type PasswordRefusal } from '@/contract/common';

// Passwords long enough to pass the length rule that people still pick, or that this demo
// publishes; compared without regard to case. A real service would check a breach corpus.
const commonPasswords = new Set([
  'demo-password',
  'password1234',
  'password12345',
  'password123456',
  'password123!',
  'passwordpassword',
  'password1234!',
  '123456789012',
  '1234567890123',
  '12345678901234',
  '123456123456',
  '098765432109',
  'abcdefghijkl',
  'abc123456789',
  'abcd12345678',
  'qwertyuiopas',
  'qwertyuiop12',
  'qwertyuiop123',
  'qwerty123456',
  'qwertyqwerty',
  'azertyuiop12',
  'azerty123456',
  'qwertzuiop12',
  '1q2w3e4r5t6y',
  '1qaz2wsx3edc',
  'qazwsxedcrfv',
  'iloveyou1234',
  'welcome12345',
  'welcome123456',
  'letmein12345',
  'administrator',
  'administrator1',
  'changeme1234',
  'football1234',
  'sunshine1234',
  'princess1234',
  'superman1234',
  'trustno11234',
  'monkey123456',
  'dragon123456',
  'motdepasse123',
  'motdepasse1234',
  'wachtwoord123',
  'wachtwoord1234',
  'passwort1234',
  'passwort12345',
  'comptoir1234',
  'comptoir12345',
]);

/** Whose password it is: their address, and on a change the current password they typed and proved. */
export type PasswordOwner = { email: string; currentPassword?: string };

/** Whether the password holds the owner's address, or the name before its @, whatever the case. */
function holdsAddress(folded: string, email: string): boolean {
  const address = email.toLowerCase();
  const name = address.slice(0, address.indexOf('@'));
  return folded.includes(address) || (name.length >= limits.passwordHeldNameMinLength && folded.includes(name));
}

/** Why a newly chosen password is refused, or null when it may be used. */
export function passwordRefusal(password: string, owner: PasswordOwner): PasswordRefusal | null {
  if (password.length < limits.passwordMinLength) return 'too-short';
  if (password.length > limits.passwordMaxLength) return 'too-long';
  const folded = password.toLowerCase();
  // One character over and over is as easy to guess as anything on the list.
  if (commonPasswords.has(folded) || new Set(folded).size === 1) return 'common';
  // Whoever knows the address tries it first.
  if (holdsAddress(folded, owner.email)) return 'contains-email';
  // A change that changes nothing: whoever learnt the old one still knows it.
  if (password === owner.currentPassword) return 'same-as-current';
  return null;
}
