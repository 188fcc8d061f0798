import type { Api, Answer } from './api';

/** A check's expectation that the server did not meet; its message is the reason printed. */
export class CheckFailed extends Error {
  override readonly name = 'CheckFailed';
}

export function ensure(condition: unknown, why: string): asserts condition {
  if (!condition) throw new CheckFailed(why);
}

/** What a problem answer says, to quote when a status was not the one expected. */
function detailOf(answer: Answer): string {
  try {
    const { detail } = answer.json<{ detail?: unknown }>();
    return typeof detail === 'string' ? ` (${detail})` : '';
  } catch {
    return '';
  }
}

export function expectStatus(answer: Answer, ...expected: number[]): void {
  if (expected.includes(answer.status)) return;
  throw new CheckFailed(`${answer.call} answered ${answer.status}${detailOf(answer)}, expected ${expected.join(' or ')}`);
}

/** A 422 (or `status`) problem whose `errors` name every one of `fields`. */
export function expectProblemNaming(answer: Answer, status: number, fields: readonly string[]): void {
  expectStatus(answer, status);
  const named = Object.keys(answer.json<{ errors?: Record<string, unknown> }>().errors ?? {});
  const missing = fields.filter((field) => !named.includes(field));
  ensure(missing.length === 0, `${answer.call}: the problem's errors name ${named.join(', ') || 'nothing'}, not ${missing.join(', ')}`);
}

/** A signed-in demo account. */
export interface Account {
  token: string;
  email: string;
  name: string;
  role: string;
  merchantId: string;
}

export interface SuiteOptions {
  baseUrl: string;
  email: string;
  password: string;
  financeEmail: string;
  supportEmail: string;
  timeoutSeconds: number;
}

/** What every area of checks works with. */
export interface Context {
  api: Api;
  suite: Suite;
  options: SuiteOptions;
  admin: Account;
  /** Unique to this run, so keys and texts of an earlier run against the same server never collide. */
  runId: string;
}

function reasonOf(error: unknown): string {
  const message = error instanceof CheckFailed ? error.message : error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return message.replace(/\s+/g, ' ').trim();
}

/** Runs checks one after another and prints a line for each. */
export class Suite {
  passed = 0;
  failed = 0;

  /** Runs one check; answers what it returned, or undefined when it failed. */
  async check<T>(name: string, run: () => Promise<T>): Promise<T | undefined> {
    try {
      const value = await run();
      this.passed += 1;
      console.log(`✓ ${name}`);
      return value;
    } catch (error) {
      this.failed += 1;
      console.log(`✗ ${name}: ${reasonOf(error)}`);
      return undefined;
    }
  }

  /** A check this server cannot be put to, said and counted neither way. */
  skip(name: string, why: string): void {
    console.log(`- ${name}: not run, ${why}`);
  }
}
