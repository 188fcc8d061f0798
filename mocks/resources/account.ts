import { http, HttpResponse } from 'msw';
import { billingDetailsBodySchema, payoutAccountBodySchema } from '@/contract/account';
import { countries, type Country } from '@/contract/common';
import type { IbanProblem } from '@/contract/iban';
import { postalCodeExamples } from '@/contract/postal-code';
import { vatNumberExamples, vatNumberPrefixes, type VatNumberProblem } from '@/contract/vat-number';
import { currentStore } from '../db/store';
import { contractBody, required, type Issue } from '../http/contract-body';
import { logActivity } from '../http/activity';
import { requireAllowed } from '../http/guards';
import { answer, ProblemError } from '../http/problem';
import { requireCurrentPassword } from '../http/passwords';
import { readBody } from '../http/validate';
import { billingDetailsSave, changedBillingFields, isStaleBillingSave, isStalePayoutSave, payoutAccountSave } from '../rules/account-saves';
import { now, today } from '../rules/clock';
import { payoutAccounts } from '../rules/payout-schedule';

const emailMessage = 'Enter a valid e-mail address.';

/** The custom issue's parameter a check of the contract put there. */
const param = <T>(issue: Issue, name: string): T => (issue as { params?: Record<string, T> }).params?.[name] as T;

/** The 409 of a save made on details someone changed since they were read, with what is stored now. */
const staleSave = (detail: string, current: unknown) =>
  new ProblemError(409, detail, { kind: { slug: 'stale-details', title: 'The details have changed' }, extensions: { current } });

export const billingDetailsBody = contractBody(billingDetailsBodySchema, {
  companyName: required('Enter the company name.'),
  street: required('Enter the street and number.'),
  postalCode: {
    ...required('Enter the postal code.'),
    custom: (issue) => {
      const country = param<Country>(issue, 'country');
      return `This is not a postal code of ${country}, whose postal codes are written like ${postalCodeExamples[country]}.`;
    },
  },
  city: required('Enter the city.'),
  country: `Choose one of the countries: ${countries.join(', ')}.`,
  vatNumber: {
    ...required('Enter the VAT number.'),
    custom: (issue) => {
      const country = param<Country>(issue, 'country');
      const example = vatNumberExamples[country];
      const messages: Record<VatNumberProblem, string> = {
        prefix: `A VAT number of ${country} starts with ${vatNumberPrefixes[country]}, e.g. ${example}.`,
        format: `This is not a VAT number of ${country}, whose VAT numbers are written like ${example}.`,
        checksum: 'A digit is wrong: check the number for a typing mistake.',
        'tax-suffix': `Add the tax the number is registered for, MWST, TVA or IVA, e.g. ${example}.`,
      };
      return messages[param<VatNumberProblem>(issue, 'problem')];
    },
  },
  invoiceEmail: { invalid_type: emailMessage, invalid_format: emailMessage },
});

const ibanMessages: Record<IbanProblem, (issue: Issue) => string> = {
  characters: (issue) => `An IBAN holds only letters, digits and spaces: remove ${param<string[]>(issue, 'characters').map((character) => `"${character}"`).join(', ')}.`,
  format: () => 'An IBAN starts with the country code and two check digits, e.g. BE71 0961 2345 6769.',
  country: () => `Give the IBAN of an account in one of the markets: ${countries.join(', ')}.`,
  length: () => 'This IBAN is not as long as the IBANs of its country.',
  checksum: () => "This IBAN's check digits do not match: look for a mistyped character.",
  'qr-iban': () => "This is a QR-IBAN, which takes only QR-bill payments: give the account's ordinary IBAN, which your bank gives beside it.",
};

export const payoutAccountBody = contractBody(payoutAccountBodySchema, {
  currentPassword: required('Enter your password: it confirms a change of the payout account.'),
  accountHolder: required('Enter the account holder.'),
  iban: { ...required('Enter the IBAN.'), custom: (issue) => ibanMessages[param<IbanProblem>(issue, 'problem')](issue) },
});

export const account = [
  http.get('*/api/account/billing-details', ({ request }) =>
    answer(async () => {
      const { merchant } = await requireAllowed(request, 'account:read', 'Only an admin or finance may read the billing details.');
      return HttpResponse.json(await currentStore().read((db) => db.accounts.billingDetails(merchant.id)));
    }),
  ),

  http.put('*/api/account/billing-details', ({ request }) =>
    answer(async () => {
      const { merchant, user } = await requireAllowed(request, 'account:manage', 'Only an admin may change the billing details.');
      const body = await readBody(request, billingDetailsBody);
      const at = now();
      const details = await currentStore().write((context) => {
        const stored = context.db.accounts.billingDetails(merchant.id);
        if (isStaleBillingSave(stored, body)) {
          throw staleSave(`The billing details were changed by ${stored.updatedBy ?? 'someone'} since you read them. Read them again and save your change on them.`, stored);
        }
        const changed = billingDetailsSave(stored, body, { at, by: user.name });
        if (!changed) return stored;
        context.record({ kind: 'billing-details', merchantId: merchant.id, details: changed });
        const changes = changedBillingFields(stored, changed);
        const detail = changes.map(({ field }) => field).join(', ');
        logActivity(context, merchant.id, user, { kind: 'billing-details-changed', mode: null, subject: changed.companyName, detail, changes }, at);
        return changed;
      });
      return HttpResponse.json(details);
    }),
  ),

  http.get('*/api/account/payout-account', ({ request }) =>
    answer(async () => {
      const { merchant } = await requireAllowed(request, 'account:read', 'Only an admin or finance may read the payout account.');
      return HttpResponse.json(await currentStore().read((db) => payoutAccounts(db.accounts.payoutVersions(merchant.id), today())));
    }),
  ),

  // A payout already announced keeps its account: the change counts from the first payout no statement has announced.
  // A save that changes nothing answers the account as it is, and nothing is recorded.
  http.put('*/api/account/payout-account', ({ request }) =>
    answer(async () => {
      const { merchant, user } = await requireAllowed(request, 'account:manage', 'Only an admin may change the payout account.');
      const { currentPassword, lastChangedAt, ...body } = await readBody(request, payoutAccountBody);
      await requireCurrentPassword(user.email, currentPassword);
      const day = today();
      const accounts = await currentStore().write((context) => {
        const versions = context.db.accounts.payoutVersions(merchant.id);
        if (isStalePayoutSave(versions, lastChangedAt)) {
          throw staleSave('The payout account was changed since you read it. Read it again and give the account on what it is now.', payoutAccounts(versions, day));
        }
        const version = payoutAccountSave(versions, day, body, { at: now(), by: user.name });
        if (!version) return payoutAccounts(versions, day);
        context.record({ kind: 'payout-account', merchantId: merchant.id, account: version });
        logActivity(context, merchant.id, user, { kind: 'payout-account-changed', mode: null, subject: version.iban, detail: version.effectiveFrom }, version.changedAt);
        return payoutAccounts([...versions, version], day);
      });
      return HttpResponse.json(accounts);
    }),
  ),
];
