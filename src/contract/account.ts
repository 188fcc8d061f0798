import { z } from 'zod';
import { countries, isoDate, isoDateTime, limits, modes, typedText, type Country, type Mode } from './common';
import { disallowedIbanCharacters, ibanProblem } from './iban';
import { isValidPostalCode } from './postal-code';
import { vatNumberProblem } from './vat-number';

// The merchant's account at the provider: billing details, payout account, API keys and the
// security check that opens the live world. None of it belongs to a data world, except the keys,
// each made for one.

export const accountLimits = { streetLength: 100, postalCodeLength: 10, cityLength: 60, accountHolderLength: 70, keyNameLength: 60 } as const;

/** The postal code and VAT number are checked against the country whenever it is one, whatever else is wrong, so every message shows at once. */
const countryCheckable = {
  when: ({ value }: { value: unknown }) => {
    const { country } = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
    return countries.includes(country as Country);
  },
};

/** A text field of the body, when it is one and not blank: its other issues are the field's own. */
const filled = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** `PUT /api/account/billing-details`: the company as the provider invoices it and prints it as the seller. */
export const billingDetailsBodySchema = z
  .object({
    companyName: typedText(limits.nameLength),
    street: typedText(accountLimits.streetLength),
    postalCode: z.string().trim().min(1).max(accountLimits.postalCodeLength).meta({ description: "In the format of `country`, e.g. `1000` in Belgium, `1012 AB` in the Netherlands, `10115` in Germany.", example: '1000' }),
    city: typedText(accountLimits.cityLength),
    country: z.enum(countries),
    vatNumber: z.string().trim().min(1).meta({ description: "In the format of `country`, with its check digits; spaces, dots and hyphens are ignored.", example: 'BE0123456749' }),
    invoiceEmail: z.string().trim().max(limits.emailLength).check(z.email()).meta({ description: "Where the provider sends the merchant's own invoices." }),
    updatedAt: isoDateTime
      .nullable()
      .optional()
      .meta({ description: 'The `updatedAt` of the details the user saw: when they have changed since, the save is refused with 409 rather than undo that change. Left out, the save replaces whatever is stored.' }),
  })
  .superRefine((body, context) => {
    const { country, postalCode, vatNumber } = body as Record<string, unknown> & { country: Country };
    if (filled(postalCode) && !isValidPostalCode(country, postalCode)) context.addIssue({ code: 'custom', path: ['postalCode'], message: 'Not a postal code of the country.', params: { country } });
    const vatProblem = filled(vatNumber) ? vatNumberProblem(country, vatNumber) : null;
    if (vatProblem) context.addIssue({ code: 'custom', path: ['vatNumber'], message: 'Not a VAT number of the country.', params: { country, problem: vatProblem } });
  }, countryCheckable);
export type BillingDetailsBody = z.infer<typeof billingDetailsBodySchema>;

/** The document's example: Atelier Lumière's billing details, as the demo seeds them and the tests send them. */
export const billingDetailsExample = {
  companyName: 'Atelier Lumière SRL',
  street: 'Rue du Marché 12',
  postalCode: '1000',
  city: 'Bruxelles',
  country: 'BE',
  vatNumber: 'BE0123456749',
  invoiceEmail: 'comptabilite@atelier-lumiere.example',
} satisfies BillingDetailsBody;

export const billingDetailsSchema = z.strictObject({
  companyName: z.string(),
  street: z.string(),
  postalCode: z.string(),
  city: z.string(),
  country: z.enum(countries),
  vatNumber: z.string(),
  invoiceEmail: z.string(),
  updatedAt: isoDateTime.nullable().meta({ description: 'The last change; null while the details are those the merchant signed up with.' }),
  updatedBy: z.string().nullable(),
});
export type BillingDetails = z.infer<typeof billingDetailsSchema>;

/** `PUT /api/account/payout-account`. */
export const payoutAccountBodySchema = z.object({
  accountHolder: typedText(accountLimits.accountHolderLength),
  iban: z
    .string()
    .trim()
    .min(1)
    .superRefine((iban, context) => {
      const problem = iban.trim() === '' ? null : ibanProblem(iban);
      if (problem) context.addIssue({ code: 'custom', message: 'Not a valid IBAN of the markets.', params: { problem, characters: disallowedIbanCharacters(iban) } });
    })
    .meta({ description: 'Of an account in one of the markets: its length and check digits are checked, and a Swiss QR-IBAN (bank id 30000–31999, for QR-bill payments only) is refused. Letters (either case), digits and spaces only; spaces are ignored.', example: 'BE71 0961 2345 6769' }),
  currentPassword: z.string().min(1).meta({
    description: "The signed-in admin's password, asked again: the payout account is where the money goes, so an open session alone may not move it. A wrong one is answered 422 naming `currentPassword`.",
  }),
  lastChangedAt: isoDateTime
    .nullable()
    .optional()
    .meta({
      description:
        'The `changedAt` of the newest version the user saw (`history[0]`; null when there was none): when the account has changed since, the save is refused with 409 rather than replace that change. Left out, the save goes ahead whatever is stored.',
    }),
});
export type PayoutAccountBody = z.infer<typeof payoutAccountBodySchema>;

/** One version of the account payouts go to, from its first payout on. */
export const payoutAccountSchema = z.strictObject({
  accountHolder: z.string(),
  iban: z.string().meta({ description: 'Compact, without spaces.' }),
  effectiveFrom: isoDate.meta({ description: 'The first payout date it is paid to.' }),
  changedAt: isoDateTime,
  changedBy: z.string(),
});
export type PayoutAccount = z.infer<typeof payoutAccountSchema>;

export const payoutAccountsSchema = z.strictObject({
  current: payoutAccountSchema.nullable().meta({
    description: 'Where payouts go now: the account of the last payout a statement has announced (on a Monday, the next day\'s); null until the merchant gives an account.',
  }),
  next: payoutAccountSchema.nullable().meta({ description: 'A change waiting for its first payout date.' }),
  nextPayoutDate: isoDate.meta({ description: 'The first payout a change made now would be paid to.' }),
  history: z.array(payoutAccountSchema).meta({ description: 'Every version, newest first.' }),
});
export type PayoutAccounts = z.infer<typeof payoutAccountsSchema>;

/** What an API key starts with: its data world can be read off it. */
export const apiKeyPrefixes: Record<Mode, string> = { test: 'cpk_test_', live: 'cpk_live_' };

/** `POST /api/account/api-keys`. */
export const apiKeyBodySchema = z
  .object({
    name: typedText(accountLimits.keyNameLength).meta({ description: 'What the key is for, e.g. the shop system using it.', example: 'Shop plugin' }),
    mode: z.enum(modes).meta({ description: 'A live key only once the security check has passed.' }),
    currentPassword: z.string().optional().meta({
      description:
        "The signed-in admin's password, asked again for a live key: a live key acts on real orders and money, so an open session alone may not make one. Required for a live key (422 naming `currentPassword` when it is missing or not right); a test key needs none.",
    }),
  })
  .superRefine((body, context) => {
    if (body.mode === 'live' && !body.currentPassword) context.addIssue({ code: 'custom', path: ['currentPassword'], message: 'Required for a live key.' });
  });
export type ApiKeyBody = z.infer<typeof apiKeyBodySchema>;

/** A key as listed: never its secret, only how it starts and ends. */
export const apiKeySchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  mode: z.enum(modes),
  prefix: z.string().meta({ example: 'cpk_test_' }),
  lastFour: z.string().length(4),
  createdAt: isoDateTime,
  createdBy: z.string(),
  revokedAt: isoDateTime.nullable(),
  revokedBy: z.string().nullable(),
});
export type ApiKey = z.infer<typeof apiKeySchema>;

export const apiKeyListSchema = z.strictObject({ items: z.array(apiKeySchema).meta({ description: 'Newest first, revoked ones included.' }) });

export const createdApiKeySchema = z.strictObject({
  key: apiKeySchema,
  secret: z.string().meta({ description: 'The whole key, in this answer only: the provider keeps a hash of it, never the key.' }),
});
export type CreatedApiKey = z.infer<typeof createdApiKeySchema>;

/** `GET /api/account/api-keys/verify`: the key the request is signed with. */
export const apiKeyIdentitySchema = z.strictObject({ id: z.string(), name: z.string(), mode: z.enum(modes), merchantId: z.string() });

/** The provider's check of the merchant's integration: live data and live keys open once it has passed. */
export const securityCheckStates = ['not-requested', 'in-review', 'passed'] as const;
export type SecurityCheckState = (typeof securityCheckStates)[number];

export const goLiveChecklistSchema = z.strictObject({
  companyDetails: z.boolean().meta({ description: 'The billing details are complete and valid.' }),
  payoutAccount: z.boolean().meta({ description: 'An account for the payouts is given.' }),
  testOrder: z.boolean().meta({ description: 'A test order was activated and then credited through the API.' }),
});
export type GoLiveChecklist = z.infer<typeof goLiveChecklistSchema>;

export const securityCheckSchema = z.strictObject({
  state: z.enum(securityCheckStates),
  requestedAt: isoDateTime.nullable(),
  expectedOn: isoDate.nullable().meta({ description: 'In review: the day the review ends.' }),
  passedOn: isoDate.nullable(),
  checklist: goLiveChecklistSchema.meta({ description: 'What must be done before the check can be requested.' }),
});
export type SecurityCheck = z.infer<typeof securityCheckSchema>;
