import type { BillingDetails, BillingDetailsBody, PayoutAccount, PayoutAccountBody } from '@/contract/account';
import type { ActivityFieldChange } from '@/contract/activity';
import { compactIban } from '@/contract/iban';
import { canonicalPostalCode } from '@/contract/postal-code';
import { canonicalVatNumber } from '@/contract/vat-number';
import { firstUnannouncedPayoutDate, payoutAccounts, sameAccount } from './payout-schedule';

// A save of the account's details records a change only when it changes something, once the
// values are written the way the API keeps them: saving what is already there changes nothing.

type Author = { at: string; by: string };

/** Billing details as the API keeps them: postal code and VAT number in their country's canonical form. */
export function canonicalBillingDetails(body: BillingDetailsBody): BillingDetailsBody {
  return { ...body, postalCode: canonicalPostalCode(body.country, body.postalCode), vatNumber: canonicalVatNumber(body.country, body.vatNumber) };
}

const billingFields = ['companyName', 'street', 'postalCode', 'city', 'country', 'vatNumber', 'invoiceEmail'] as const satisfies readonly (keyof BillingDetailsBody)[];

/** The fields a save changed, in the form's order, each with its value before and after: what the activity log says of it. */
export function changedBillingFields(before: BillingDetails, after: BillingDetails): ActivityFieldChange[] {
  return billingFields.filter((field) => before[field] !== after[field]).map((field) => ({ field, from: before[field], to: after[field] }));
}

/** Whether a save names details older than the stored ones: another tab or user changed them since it read them. */
export function isStaleBillingSave(stored: BillingDetails, body: BillingDetailsBody): boolean {
  return body.updatedAt !== undefined && body.updatedAt !== stored.updatedAt;
}

/** The billing details a save makes, or null when they are the stored ones already. */
export function billingDetailsSave(stored: BillingDetails, body: BillingDetailsBody, { at, by }: Author): BillingDetails | null {
  const given = canonicalBillingDetails(body);
  if (billingFields.every((field) => given[field] === stored[field])) return null;
  return { ...given, updatedAt: at, updatedBy: by };
}

/** Whether a save names another version than the last one saved: another tab or user changed the account since it read it. */
export function isStalePayoutSave(versions: readonly PayoutAccount[], lastChangedAt: string | null | undefined): boolean {
  return lastChangedAt !== undefined && lastChangedAt !== (versions.at(-1)?.changedAt ?? null);
}

/**
 * The payout account version a save on `today` records, or null when payouts from the first one not
 * yet announced on already go to that account: the current one with no change pending, or the pending one.
 * Giving the current account while a change is pending records it again, which withdraws the change.
 */
export function payoutAccountSave(versions: readonly PayoutAccount[], today: string, body: Pick<PayoutAccountBody, 'accountHolder' | 'iban'>, { at, by }: Author): PayoutAccount | null {
  const given = { accountHolder: body.accountHolder, iban: compactIban(body.iban) };
  const { current, next } = payoutAccounts(versions, today);
  const planned = next ?? current;
  if (planned && sameAccount(given, planned)) return null;
  return { ...given, effectiveFrom: firstUnannouncedPayoutDate(today), changedAt: at, changedBy: by };
}
