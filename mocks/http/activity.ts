import type { ActivityActor } from '@/contract/activity';
import type { WriteContext } from '../db/store';
import type { ActivityChange } from '../rules/activity';
import { now } from '../rules/clock';
import { randomHex } from '../rules/secrets';

/** Who made a change, as the log names them: a signed-in caller, or a user of the team. */
export const actorOf = (user: { name: string | null; email: string }): ActivityActor => ({ name: user.name ?? user.email, email: user.email });

/** Adds a line to the merchant's activity log, in the write that makes the change it tells of. */
export function logActivity(
  { record }: Pick<WriteContext, 'record'>,
  merchantId: string,
  actor: { name: string | null; email: string } | null,
  change: ActivityChange,
  at: string = now(),
): void {
  record({
    kind: 'activity',
    item: {
      id: `act-${randomHex(8)}`,
      at,
      actor: actor && actorOf(actor),
      merchantId,
      subject: null,
      detail: null,
      previousDetail: null,
      changes: null,
      reasonCode: null,
      amount: null,
      currency: null,
      ...change,
    },
  });
}
