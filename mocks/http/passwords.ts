import type { UserRecord } from '../db/user-records';
import { demoPassword } from '../db/accounts';
import { currentStore, type WriteContext } from '../db/store';
import { now } from '../rules/clock';
import { passwordRefusal } from '../rules/password-policy';
import { afterFailure, lockMinutesLeft, type FailedSignIns } from '../rules/sign-in-lockout';
import { passwordMatches, type PasswordHash } from '../rules/secrets';
import { checkBody, type ContractBody } from './contract-body';
import { ProblemError, type FieldErrors } from './problem';

// Checked against when there is no password to check, so that an unknown address takes as long
// to refuse as a wrong password: the answer's timing tells nothing either.
const nothingToMatch: PasswordHash = { algorithm: 'PBKDF2-SHA-256', iterations: 100_000, salt: '00'.repeat(16), hash: '00'.repeat(32) };

/** Whether `password` is the user's; false for no user, or one who has chosen none yet. */
export async function passwordIsRight(user: UserRecord | undefined, password: string): Promise<boolean> {
  const stored = user?.password ?? null;
  if (stored === 'demo') return password === demoPassword;
  const matches = await passwordMatches(password, stored ?? nothingToMatch);
  return matches && stored !== null;
}

/** 429 while the address is locked: the same for every address, an account's or not. */
export function refuseWhileLocked(state: FailedSignIns, at: string): void {
  const minutes = lockMinutesLeft(state, at);
  if (minutes === null) return;
  const refusal = new ProblemError(429, `Too many attempts. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`, {
    extensions: { retryAfterMinutes: minutes },
  });
  refusal.response.headers.set('Retry-After', String(minutes * 60));
  throw refusal;
}

/**
 * Whether `password` is the signed-in user's own, asked again to confirm a change. A wrong one
 * counts as a failed sign-in of the address, so that an open session gives no more guesses than
 * the sign-in page: the one that reaches the limit, and every try during the lock, is a 429.
 */
export async function currentPasswordIsRight(user: UserRecord | undefined, password: string): Promise<boolean> {
  if (!user) return false;
  const at = now();
  const address = user.email;
  refuseWhileLocked(await currentStore().read((db) => db.users.failedSignIns(address)), at);
  if (await passwordIsRight(user, password)) return true;
  refuseWhileLocked(await currentStore().write((context) => countFailedSignIn(context, address, at)), at);
  return false;
}

/** Records a failed sign-in of `address` at `at` (or a wrong password asked again), and answers the address's state after it. */
export function countFailedSignIn({ db, record }: WriteContext, address: string, at: string): FailedSignIns {
  const next = afterFailure(db.users.failedSignIns(address), at);
  record({ kind: 'failed-sign-ins', email: address, state: next });
  return next;
}

const refusals = {
  'too-short': 'Use at least 12 characters.',
  'too-long': 'Use at most 128 characters.',
  common: 'This password is among the most common ones: choose one that is harder to guess.',
} as const;

/** The messages for a newly chosen password under `field`, or none when it may be used. */
export function newPasswordErrors(field: string, password: string): FieldErrors {
  const refusal = passwordRefusal(password);
  return refusal ? { [field]: [refusals[refusal]] } : {};
}

/**
 * A body that sets a password under `field`, checked with the contract's schema and the password
 * rules at once, so that every message comes in one answer; `data` is null when any field is wrong.
 */
export function checkNewPasswordBody<T>(body: ContractBody<T>, input: Record<string, unknown>, field: string): { data: T | null; errors: FieldErrors } {
  const checked = checkBody(body, input);
  const errors: FieldErrors = checked.success ? {} : { ...checked.errors };
  const password = input[field];
  if (typeof password === 'string' && !errors[field]) Object.assign(errors, newPasswordErrors(field, password));
  return { data: checked.success && Object.keys(errors).length === 0 ? checked.data : null, errors };
}

/** Answers 422 with `errors` when there are any. */
export function refuseFieldErrors(errors: FieldErrors): void {
  if (Object.keys(errors).length > 0) throw new ProblemError(422, 'Some values are not valid.', { errors });
}
