import { z } from 'zod';

// The pieces every part of the API shares: data worlds, money, dates, errors, paging.

/** Test and live data are two separate worlds; every data call names its own. */
export const modes = ['test', 'live'] as const;
export type Mode = (typeof modes)[number];
export const modeHeader = 'Comptoir-Mode';
export const idempotencyKeyHeader = 'Idempotency-Key';
/** How many data rows an export holds, sent before them, so a client can show its progress. */
export const rowCountHeader = 'Comptoir-Row-Count';

export const roles = ['admin', 'finance', 'support'] as const;
export type Role = (typeof roles)[number];

export const countries = ['BE', 'NL', 'DE', 'AT', 'CH', 'FR'] as const;
export type Country = (typeof countries)[number];

const timeZones: Record<Country, string> = {
  BE: 'Europe/Brussels',
  NL: 'Europe/Amsterdam',
  DE: 'Europe/Berlin',
  AT: 'Europe/Vienna',
  CH: 'Europe/Zurich',
  FR: 'Europe/Paris',
};

/** The time zone a merchant's wall clock reads, by its country: its exports' and its pages' times are in it. */
export const merchantTimeZone = (country: Country): string => timeZones[country];

export const currencies = ['EUR', 'CHF'] as const;
export type Currency = (typeof currencies)[number];

/** Money on the wire: whole cents, always beside a `currency`. */
export const cents = z.number().int().meta({ description: 'An amount in whole cents of `currency`.' });
export const isoDate = z.iso.date();
export const isoDateTime = z.iso.datetime({ offset: true });
/** An ISO week, `YYYY-Www`: the name of its statement. */
export const isoWeekPattern = /^\d{4}-W\d{2}$/;

/** The limits both sides hold a request to. */
export const limits = {
  searchLength: 200,
  reasonLength: 500,
  nameLength: 100,
  emailLength: 254,
  customerIdLength: 50,
  messageLength: 5000,
  /** A reference as a bank prints it on a transfer (SEPA remittance information holds 140 characters). */
  bankReferenceLength: 140,
  /** A payment-term extension asks for a due date at most this many days after the order's current one. */
  extensionDaysMax: 30,
  /** The largest amount a support request may name, in cents: 10 million of the currency. */
  requestAmountMax: 1_000_000_000,
  pageSizeMax: 100,
  pageMax: 1_000_000,
  /** Two months are at most 62 days (1 July to 1 September): the most a created order has left. */
  expiresWithinDaysMax: 62,
  overdueDaysMax: 3650,
  firstStatementYear: 2000,
  /** Of a password chosen from now on (invitation, reset, change). */
  passwordMinLength: 12,
  passwordMaxLength: 128,
  /** The name before an address's @ that a new password may not hold, from this length: shorter ones are too often part of a word. */
  passwordHeldNameMinLength: 4,
} as const;

/** Why a newly chosen password is refused: on that 422, so that a client can say it in its own words. */
export const passwordRefusals = ['too-short', 'too-long', 'common', 'contains-email', 'same-as-current'] as const;
export type PasswordRefusal = (typeof passwordRefusals)[number];

/** RFC 9457 problem details: the one shape of every error the API answers. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int().min(400).max(599),
    detail: z.string(),
    /** On a 422, the messages of each invalid field or query parameter. */
    errors: z.record(z.string(), z.array(z.string())).optional(),
    /** On the 409 of a stale `version`: the order's version now. */
    currentVersion: z.number().int().optional(),
    /** On the 409 of a stale save of the billing details or the payout account (`stale-details`): what the API holds now. */
    current: z.unknown().optional(),
    /** On a 429: the whole minutes to wait before trying again. */
    retryAfterMinutes: z.number().int().min(1).optional(),
    /** On the 422 of a payment-term extension for an order with one the provider has not answered yet: that ticket's number, to write on. */
    openExtensionTicket: z.string().optional(),
    /** On the 422 of a refused new password: which rule it breaks. */
    passwordRefusal: z.enum(passwordRefusals).optional(),
  })
  // Other extension members may follow.
  .loose();
export type Problem = z.infer<typeof problemSchema>;

/** One page of a list. */
export function pageOf<Item extends z.ZodType>(item: Item) {
  return z.strictObject({
    items: z.array(item),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1).max(limits.pageSizeMax),
    total: z.number().int().min(0),
  });
}

/** The two kinds of CSV the API writes. */
export const csvFormats = ['rfc4180', 'excel'] as const;
export type CsvFormat = (typeof csvFormats)[number];

/** A language and region a spreadsheet CSV is written for, e.g. `fr-BE` or `de-CH`. */
export const csvLocalePattern = /^(en|fr|nl|de)-[A-Z]{2}$/;

/** The query parameters every CSV download takes. */
export const csvFormatQueryShape = {
  format: z
    .enum(csvFormats)
    .optional()
    .meta({
      description:
        '`rfc4180` (the default, when left out), for software: comma, decimal point, stable English column keys, times in UTC. `excel`, for a spreadsheet of `locale`: `;` and a decimal comma where the region writes a comma (`en-BE` too), `;` and a decimal point in Switzerland in every language, translated headers, times in the merchant\'s time zone (named in the header). In both, a text that a spreadsheet would run as a formula (one starting with `=`, `+`, `-`, `@`, a tab or a carriage return, a plain number aside) is written with a leading apostrophe: files for software are opened in spreadsheets too. An empty `format=` is refused (422) like any other value not listed.',
    }),
  locale: z
    .string()
    .regex(csvLocalePattern)
    .optional()
    .meta({ description: 'With `format=excel`: the language and region, e.g. `fr-BE`; en-GB when left out. An empty `locale=` is refused (422).', example: 'fr-BE' }),
};

/**
 * Whether typed text has something to read: a character that is neither a space nor an invisible
 * mark (U+200B, U+FEFF, a combining mark alone, the fillers that draw nothing), and no control
 * character but tabs and line breaks (those office software pastes, U+000B and U+0085, too). Empty
 * text passes: whether a field may be empty is its own rule.
 */
export function isReadableText(text: string): boolean {
  return text === '' || (/[^\p{White_Space}\p{Cf}\p{M}\u115F\u1160\u2800\u3164\uFFA0]/u.test(text) && !/(?![\t\n\v\f\r\u0085])\p{Cc}/u.test(text));
}

/** A required field a person types, such as a name or a message: trimmed, readable, at most `max` characters. */
export const typedText = (max: number) => z.string().trim().min(1).max(max).refine(isReadableText);

// Query parameters arrive as text: these read them exactly as the API does.

// The schemas of list parameters: the API takes a list sent as repeated parameters
// (`status=a&status=b`), and refuses any other parameter sent twice.
const listParameters = new WeakSet<z.core.$ZodType>();

/** Whether a query parameter's schema (optional or not) reads a list of values. */
export function isListParameter(schema: z.core.$ZodType | undefined): boolean {
  const inner = schema instanceof z.ZodOptional ? schema.unwrap() : schema;
  return inner !== undefined && listParameters.has(inner);
}

/** Several values of one filter, comma-separated; an unknown one is refused, naming it in `params.unknown`. */
export function listOf<const Values extends readonly string[]>(values: Values, description?: string) {
  const known = new Set<string>(values);
  const list = z
    .string()
    .transform((text, context) => {
      const items = text.split(',').map((item) => item.trim()).filter((item) => item !== '');
      const unknown = items.filter((item) => !known.has(item));
      if (unknown.length > 0) context.addIssue({ code: 'custom', message: `Unknown value ${unknown.join(', ')}.`, input: text, params: { unknown } });
      return items as Values[number][];
    })
    .meta({ description: `${description ? `${description} ` : ''}Comma-separated, any of: ${values.join(', ')}.`, example: values.slice(0, 2).join(',') });
  listParameters.add(list);
  return list;
}

/**
 * A whole number written in digits only: "2.0", "1e1" or "+2" are refused. Read before the number
 * checks (rather than piped from a string) so that the document shows an integer with its bounds.
 */
export const wholeNumber = (min: number, max: number) =>
  z.preprocess((value) => (typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : value), z.number().int().min(min).max(max));
