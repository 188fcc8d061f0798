import type { z } from 'zod';
import { accountLimits, apiKeyBodySchema, billingDetailsBodySchema, billingDetailsExample, payoutAccountBodySchema } from '@/contract/account';
import { limits } from '@/contract/common';
import { activateBodySchema, cancelBodySchema, extendExpiryBodySchema, reductionBodySchema } from '@/contract/orders';
import { credentialsSchema, passwordChangeBodySchema, passwordResetBodySchema, passwordResetRequestSchema } from '@/contract/session';
import { ticketBodySchema, ticketReplyBodySchema } from '@/contract/support';
import { invitationAcceptBodySchema, invitationBodySchema, roleBodySchema } from '@/contract/team';
import { billingDetailsBody, payoutAccountBody } from '../resources/account';
import { apiKeyBody } from '../resources/api-keys';
import { invitationAcceptBody } from '../resources/invitations';
import { passwordResetBody, passwordResetRequestBody } from '../resources/password-resets';
import { invitationBody, roleBody } from '../resources/team';
import { activateBody, cancelBody, extendExpiryBody, reductionBody } from '../resources/order-actions';
import { credentialsBody, passwordChangeBody } from '../resources/session';
import { ticketBody, ticketReplyBody } from '../rules/ticket-check';
import { checkBody, parseBody, type ContractBody } from './contract-body';
import { ProblemError } from './problem';

// The backend and the contract must never disagree on the shape of a request body: for every
// sample, the backend refuses it with a 422 exactly when the contract's schema refuses it.
// (Rules that need the merchant's data, such as amounts against what is outstanding, come after.)

type Body = Record<string, unknown>;

const text = (length: number) => 'x'.repeat(length);
const padded = (value: string) => `  ${value}  `;
/** What a client may wrongly send for any field. */
const wrongValues = [null, 0, -1, 1.5, 42, Number.MAX_SAFE_INTEGER + 2, '', '   ', 'text', true, [], {}];

/** The valid body; with an unknown field; then each field left out, wrong, and at and past its limits. */
function samples(valid: Body, particular: Record<string, unknown[]> = {}): Body[] {
  const result: Body[] = [valid, { ...valid, comment: 'a field the API does not know' }];
  for (const field of new Set([...Object.keys(valid), ...Object.keys(particular)])) {
    const { [field]: _left, ...without } = valid;
    result.push(without, ...[...wrongValues, ...(particular[field] ?? [])].map((value) => ({ ...valid, [field]: value })));
  }
  return result;
}

const version = [1, 2.5, '3'];
const reason = [padded('Goodwill'), text(limits.reasonLength), text(limits.reasonLength + 1), padded(text(limits.reasonLength))];
const line = { lineId: 'L1', quantity: 1 };
const lineVariants = samples(line, { lineId: ['L', padded('L1')], quantity: [1, 2, 1.5, 0, -1, '1'], reason: [...reason, ' ', 'Damaged'] });
const email = 'admin@atelier-lumiere.example';
const ticket = { firstName: 'Nathalie', lastName: 'Dubois', merchantId: '3333', email, topic: 'activation', message: 'Order 1000042 does not show as activated.' };
const names = [padded('Nathalie'), text(limits.nameLength), text(limits.nameLength + 1), padded(text(limits.nameLength))];
const newPasswords = ['lantern-orchard-42', text(limits.passwordMinLength - 1), text(limits.passwordMinLength), text(limits.passwordMaxLength), text(limits.passwordMaxLength + 1), padded('x')];
const roles = ['admin', 'finance', 'support', 'owner', 'Admin'];
const billing = billingDetailsExample;
const upTo = (max: number) => [padded('x'), text(max), text(max + 1), padded(text(max))];

const endpoints: { name: string; schema: z.ZodType; backend: ContractBody<unknown>; bodies: Body[] }[] = [
  {
    name: 'POST /session',
    schema: credentialsSchema,
    backend: credentialsBody,
    bodies: samples(
      { email, password: 'demo-password' },
      { email: [padded(email), 'not-an-address', 'a@b', 'a b@c', `${text(limits.emailLength - 2)}@b`, `${text(limits.emailLength - 1)}@b`], password: [' '] },
    ),
  },
  { name: 'POST /session/password', schema: passwordChangeBodySchema, backend: passwordChangeBody, bodies: samples({ currentPassword: 'demo-password', newPassword: 'lantern-orchard-42' }, { newPassword: newPasswords }) },
  { name: 'POST /password-resets', schema: passwordResetRequestSchema, backend: passwordResetRequestBody, bodies: samples({ email }, { email: [padded(email), 'not-an-address'] }) },
  { name: 'POST /password-resets/{t}/complete', schema: passwordResetBodySchema, backend: passwordResetBody, bodies: samples({ password: 'lantern-orchard-42' }, { password: newPasswords }) },
  {
    name: 'POST /team/invitations',
    schema: invitationBodySchema,
    backend: invitationBody,
    bodies: samples({ email: 'emma@atelier-lumiere.example', role: 'finance' }, { email: [padded('Emma@Atelier-Lumiere.example'), 'emma', 'a@b', `${text(limits.emailLength - 12)}@example.com`, `${text(limits.emailLength - 11)}@example.com`], role: roles }),
  },
  { name: 'POST /team/members/{id}/role', schema: roleBodySchema, backend: roleBody, bodies: samples({ role: 'support' }, { role: roles }) },
  {
    name: 'POST /invitations/{t}/accept',
    schema: invitationAcceptBodySchema,
    backend: invitationAcceptBody,
    bodies: samples({ name: 'Emma Peeters', password: 'lantern-orchard-42' }, { name: names, password: newPasswords }),
  },
  { name: 'POST /orders/{n}/activate', schema: activateBodySchema, backend: activateBody, bodies: samples({ version: 3 }, { version }) },
  { name: 'POST /orders/{n}/extend-expiry', schema: extendExpiryBodySchema, backend: extendExpiryBody, bodies: samples({ version: 3 }, { version }) },
  { name: 'POST /orders/{n}/cancel', schema: cancelBodySchema, backend: cancelBody, bodies: samples({ version: 3, reason: 'Customer withdrew' }, { version, reason }) },
  {
    name: 'POST /orders/{n}/reductions',
    schema: reductionBodySchema,
    backend: reductionBody,
    bodies: [
      // The amount alone, the lines alone, both (some of them invalid) and neither.
      ...samples({ version: 3, reason: 'Goodwill', amount: 1250 }, { version, reason, amount: [1, '100', [line]], lines: [[line], [], [{ ...line, quantity: 0 }]] }),
      ...samples({ version: 3, reason: 'Goods returned', lines: [line] }, { version, reason, amount: [100, 0] }),
      { version: 3, reason: 'Goodwill' },
      ...lineVariants.map((variant) => ({ version: 3, reason: 'Goods returned', lines: [variant] })),
      { version: 3, reason: 'Goods returned', lines: [line, { lineId: 'L2', quantity: 2, reason: null }, 'L3'] },
    ],
  },
  {
    name: 'POST /support/tickets',
    schema: ticketBodySchema,
    backend: ticketBody,
    bodies: samples(ticket, {
      firstName: names,
      lastName: names,
      merchantId: [padded('3333')],
      email: [padded(email), 'nathalie.dubois', 'a@b', `${text(limits.emailLength - 12)}@example.com`, `${text(limits.emailLength - 11)}@example.com`],
      topic: ['payment-term-extension', 'complaint', 'Activation'],
      orderReference: ['1000042', padded('BP1000042/3333'), 'anything at all'],
      customerId: ['C-1', text(limits.customerIdLength), text(limits.customerIdLength + 1), padded(text(limits.customerIdLength))],
      message: [text(limits.messageLength), text(limits.messageLength + 1), padded(text(limits.messageLength))],
      language: ['fr', 'de', 'FR', 'es', '', null],
      wishedDueDate: ['2026-12-22', '2028-02-29', '2026-02-30', '22.12.2026', padded('2026-12-22'), '2026-12-22T00:00:00Z'],
      paymentDate: ['2026-11-20', '2026-02-30', '20.11.2026'],
      paidAmount: [4990, 1, limits.requestAmountMax, limits.requestAmountMax + 1, 49.9, '4990'],
      shopperBankReference: ['NOTPROVIDED', text(limits.bankReferenceLength), text(limits.bankReferenceLength + 1), padded(text(limits.bankReferenceLength))],
    }),
  },
  {
    name: 'POST /support/tickets/{ticketNumber}/messages',
    schema: ticketReplyBodySchema,
    backend: ticketReplyBody,
    bodies: samples({ body: 'Thank you!' }, { body: [text(limits.messageLength), text(limits.messageLength + 1), padded(text(limits.messageLength)), '\n'] }),
  },
  {
    name: 'PUT /account/billing-details',
    schema: billingDetailsBodySchema,
    backend: billingDetailsBody,
    bodies: [
      ...samples(billing, {
        companyName: names,
        street: upTo(accountLimits.streetLength),
        postalCode: [...upTo(accountLimits.postalCodeLength), '12', ' 1000 ', '1000 AB'],
        city: upTo(accountLimits.cityLength),
        country: ['CH', 'LU', 'be'],
        vatNumber: ['BE 0123.456.749', 'CHE-123.456.788 MWST', 'BE0123456749X', 'BE0123456788', padded('BE0123456749')],
        invoiceEmail: [padded(email), 'comptabilite', `${text(limits.emailLength - 12)}@example.com`, `${text(limits.emailLength - 11)}@example.com`],
      }),
      // The VAT number is checked against the country, whatever else is wrong.
      { ...billing, country: 'CH', vatNumber: 'CHE-123.456.788 MWST', invoiceEmail: 'x' },
      { ...billing, country: 'CH', invoiceEmail: 'x' },
    ],
  },
  {
    name: 'PUT /account/payout-account',
    schema: payoutAccountBodySchema,
    backend: payoutAccountBody,
    bodies: samples(
      { accountHolder: 'Atelier Lumière SRL', iban: 'BE71 0961 2345 6769', currentPassword: 'demo-password' },
      {
        currentPassword: ['', 'x'],
        accountHolder: upTo(accountLimits.accountHolderLength),
        iban: ['BE71096123456769', padded('be71 0961 2345 6769'), 'BE71096123456768', 'BE7109612345676', 'GB29NWBK60161331926819', 'IBAN'],
      },
    ),
  },
  {
    name: 'POST /account/api-keys',
    schema: apiKeyBodySchema,
    backend: apiKeyBody,
    bodies: samples({ name: 'Shop plugin', mode: 'test' }, { name: upTo(accountLimits.keyNameLength), mode: ['live', 'staging', 'TEST'] }),
  },
];

/** The backend's verdict: the body gets through, or it is refused with a 422. */
function backendAccepts(backend: ContractBody<unknown>, body: Body): boolean {
  try {
    parseBody(backend, body);
    return true;
  } catch (error) {
    if (error instanceof ProblemError && error.response.status === 422) return false;
    throw error;
  }
}

describe.each(endpoints)('the body of $name', ({ schema, backend, bodies }) => {
  it('is read with the contract’s own schema', () => {
    expect(backend.schema).toBe(schema);
  });

  if (schema === reductionBodySchema) {
    it('is refused with an amount and lines together, whichever of them is valid', () => {
      for (const body of [
        { version: 3, reason: 'Goodwill', amount: 100, lines: [line] },
        { version: 3, reason: 'Goodwill', amount: 0, lines: [line] },
        { version: 3, reason: 'Goodwill', amount: 100, lines: [] },
      ]) {
        expect(schema.safeParse(body).success).toBe(false);
        expect(backendAccepts(backend, body)).toBe(false);
      }
    });
  }

  it('is accepted by the backend exactly when the contract accepts it', () => {
    const verdicts = bodies.map((body) => ({ body, contract: schema.safeParse(body).success, backend: backendAccepts(backend, body) }));
    expect(verdicts.filter((verdict) => verdict.contract !== verdict.backend)).toEqual([]);
    // The samples are worth something only if they include both verdicts.
    expect(new Set(verdicts.map((verdict) => verdict.contract))).toEqual(new Set([true, false]));
  });

  it('is refused in the backend’s own words, never zod’s', () => {
    const messages = bodies.flatMap((body) => {
      const result = checkBody(backend, body);
      return result.success ? [] : Object.values(result.errors).flat();
    });
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.filter((message) => /^(Invalid|Too (small|big)|Unrecognized)/.test(message))).toEqual([]);
  });
});
