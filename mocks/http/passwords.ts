import { limits, type PasswordRefusal } from '@/contract/common';
import type { UserRecord } from '../db/user-records';
import { demoPassword } from '../db/accounts';
import { currentStore, type WriteContext } from '../db/store';
import { now } from '../rules/clock';
import { passwordRefusal, type PasswordOwner } from '../rules/password-policy';
import { afterFailure, lockMinutesLeft, noFailures, type FailedSignIns } from '../rules/sign-in-lockout';
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
 * the sign-in page: the one that reaches the limit, and every try during the lock, is a 429. The
 * right one clears the count, as a sign-in does.
 */
export async function currentPasswordIsRight(user: UserRecord | undefined, password: string): Promise<boolean> {
  if (!user) return false;
  const at = now();
  const address = user.email;
  const failures = await currentStore().read((db) => db.users.failedSignIns(address));
  refuseWhileLocked(failures, at);
  if (await passwordIsRight(user, password)) {
    if (failures !== noFailures) await currentStore().write(({ record }) => record({ kind: 'failed-sign-ins', email: address, state: noFailures }));
    return true;
  }
  refuseWhileLocked(await currentStore().write((context) => countFailedSignIn(context, address, at)), at);
  return false;
}

/** Refuses a change (422 naming `currentPassword`) unless `password` is the signed-in user's own, asked again. */
export async function requireCurrentPassword(email: string, password: string): Promise<void> {
  const user = await currentStore().read((db) => db.users.userByEmail(email));
  if (!(await currentPasswordIsRight(user, password))) {
    throw new ProblemError(422, 'Some values are not valid.', { errors: { currentPassword: ['The password is not right.'] } });
  }
}

/** Records a failed sign-in of `address` at `at` (or a wrong password asked again), and answers the address's state after it. */
export function countFailedSignIn({ db, record }: WriteContext, address: string, at: string): FailedSignIns {
  const next = afterFailure(db.users.failedSignIns(address), at);
  record({ kind: 'failed-sign-ins', email: address, state: next });
  return next;
}

const refusals: Record<PasswordRefusal, string> = {
  'too-short': `Use at least ${limits.passwordMinLength} characters.`,
  'too-long': `Use at most ${limits.passwordMaxLength} characters.`,
  common: 'This password is among the most common ones: choose one that is harder to guess.',
  'contains-email': 'Leave your e-mail address, and the name before its @, out of your password.',
  'same-as-current': 'This is your current password: choose a new one.',
};

/** A body that sets a password, checked: `data` is null when any field is wrong, and `refusal` says why the password is, if it is. */
export type CheckedPasswordBody<T> = { data: T | null; errors: FieldErrors; refusal: PasswordRefusal | null };

/**
 * A body that sets `owner`'s password under `field`, checked with the contract's schema and the
 * password rules at once, so that every message comes in one answer.
 */
export function checkNewPasswordBody<T>(body: ContractBody<T>, input: Record<string, unknown>, field: string, owner: PasswordOwner): CheckedPasswordBody<T> {
  const checked = checkBody(body, input);
  const errors: FieldErrors = checked.success ? {} : { ...checked.errors };
  const password = input[field];
  const refusal = typeof password === 'string' ? passwordRefusal(password, owner) : null;
  if (refusal) errors[field] = [refusals[refusal]];
  return { data: checked.success && Object.keys(errors).length === 0 ? checked.data : null, errors, refusal };
}

/** Answers 422 with `errors` when there are any, naming the password rule broken if one is. */
export function refuseFieldErrors(errors: FieldErrors, refusal: PasswordRefusal | null = null): void {
  if (Object.keys(errors).length > 0) throw new ProblemError(422, 'Some values are not valid.', { errors, extensions: refusal ? { passwordRefusal: refusal } : undefined });
}
