import { z } from 'zod';
import { cents, csvFormatQueryShape, currencies, isoDate, isoDateTime, limits, listOf, modes, pageOf, wholeNumber } from './common';
import { reasonCodes } from './reasons';

// The activity log: every change made through the API to a merchant's data, account and team, and
// every sign-in to it, with who made it, when, and in which data world. Only an admin reads it.

export const activityKinds = [
  'order-activated',
  'order-cancelled',
  'order-credited',
  'order-reduced',
  'order-returned',
  'order-expiry-extended',
  'ticket-filed',
  'ticket-replied',
  'member-invited',
  'invitation-resent',
  'invitation-accepted',
  'member-role-changed',
  'member-deactivated',
  'member-reactivated',
  'password-changed',
  'password-reset',
  'api-key-created',
  'api-key-revoked',
  'payout-account-changed',
  'billing-details-changed',
  'security-check-requested',
  'security-check-passed',
  'demo-data-reset',
  'signed-in',
  'sign-in-failed',
] as const;
export type ActivityKind = (typeof activityKinds)[number];

/** The worlds a change may belong to, as the log's filter names them: `none` for the team, the account and sign-ins. */
export const activityWorlds = [...modes, 'none'] as const;
export type ActivityWorld = (typeof activityWorlds)[number];

/** The kinds that are a change to an order, whose `subject` is its order number. */
export const orderActivityKinds = activityKinds.filter((kind) => kind.startsWith('order-'));

/** The kinds that are a message to the provider's support, whose `subject` is the ticket's number. */
export const ticketActivityKinds = activityKinds.filter((kind) => kind.startsWith('ticket-'));

export const activityActorSchema = z.strictObject({ name: z.string(), email: z.string() });
export type ActivityActor = z.infer<typeof activityActorSchema>;

/** One field a change of the billing details changed, with its value before and after. */
export const activityFieldChangeSchema = z.strictObject({ field: z.string(), from: z.string(), to: z.string() });
export type ActivityFieldChange = z.infer<typeof activityFieldChangeSchema>;

export const activityItemSchema = z.strictObject({
  id: z.string(),
  at: isoDateTime,
  actor: activityActorSchema.nullable().meta({ description: 'Who made the change; null for the provider.' }),
  merchantId: z.string(),
  mode: z
    .enum(modes)
    .nullable()
    .meta({ description: 'The data world the change belongs to: an order\'s, or an API key\'s; null for the team, the account and sign-ins, which belong to neither.' }),
  kind: z.enum(activityKinds),
  subject: z
    .string()
    .nullable()
    .meta({ description: 'What was changed: the order number for `order-*` kinds, the ticket number for `ticket-*` ones, the member\'s e-mail, the key\'s name, the IBAN, the company name.' }),
  detail: z
    .string()
    .nullable()
    .meta({
      description:
        'What the change was, where one value tells it: the reason given, the new role, the new expiry day, the key\'s world; for `billing-details-changed`, the fields changed, comma-separated (`city, vatNumber`).',
    }),
  previousDetail: z
    .string()
    .nullable()
    .meta({ description: 'What it was before the change, where one value tells it: the former role for `member-role-changed`; null otherwise.', example: 'finance' }),
  changes: z
    .array(activityFieldChangeSchema)
    .nullable()
    .meta({ description: 'For `billing-details-changed`: each field `detail` names, with its value before and after (`country` as its ISO code); null otherwise.' }),
  reasonCode: z
    .enum(reasonCodes)
    .nullable()
    .meta({
      description:
        'For a change to an order, the code of its reason when it is one of the known ones, to be translated; `detail` then holds the reason\'s English text, followed by ": " and the note the user added, if any. Null otherwise.',
    }),
  amount: cents.nullable(),
  currency: z.enum(currencies).nullable(),
});
export type ActivityItem = z.infer<typeof activityItemSchema>;

export const activityPageSchema = pageOf(activityItemSchema);
export type ActivityPage = z.infer<typeof activityPageSchema>;

const filterShape = {
  person: z
    .string()
    .trim()
    .toLowerCase()
    .max(limits.emailLength)
    .check(z.email())
    .optional()
    .meta({ description: 'The e-mail address of the person who made the changes.' }),
  kind: listOf(activityKinds).optional(),
  mode: listOf(activityWorlds, 'The data worlds the changes belong to; `none` for those of neither (the team, the account, sign-ins).').optional(),
  from: isoDate.optional().meta({ description: 'First day, inclusive, as the merchant\'s clock reads it.' }),
  to: isoDate.optional().meta({ description: 'Last day, inclusive; not before `from`.' }),
};

const datesInOrder = (query: { from?: string | undefined; to?: string | undefined }) =>
  query.from === undefined || query.to === undefined || query.from <= query.to;
const toNotBeforeFrom = { path: ['to'], error: '`to` is before `from`.' };

/** The list's filters, without paging. */
export const activityFilterQuerySchema = z.object(filterShape).refine(datesInOrder, toNotBeforeFrom);
export type ActivityFilter = z.infer<typeof activityFilterQuerySchema>;

/** `GET /api/account/activity/csv`: the list's filters, and the kind of CSV. */
export const activityCsvQuerySchema = z.object({ ...filterShape, ...csvFormatQueryShape }).refine(datesInOrder, toNotBeforeFrom);

/** `GET /api/account/activity`, newest first. */
export const activityQuerySchema = z
  .object({
    ...filterShape,
    page: wholeNumber(1, limits.pageMax).prefault(1),
    pageSize: wholeNumber(1, limits.pageSizeMax).prefault(25),
  })
  .refine(datesInOrder, toNotBeforeFrom);
export type ActivityQuery = z.infer<typeof activityQuerySchema>;
