import type { Country } from '@/contract/common';
import { ibanDigits, mod97 } from '@/contract/iban';

// The provider collects in each market on its own account and gives each customer virtual bank
// details of their own there, so that a payment finds its order even without its reference. The
// account numbers are made from the customer's id: the same customer always gets the same ones.

export interface BankDetails {
  accountHolder: string;
  iban: string;
  bic: string;
}

export const providerAccountHolder = 'Comptoir Pay';

/** The provider's bank in each market: its national bank (and branch) code and its BIC. */
const banks: Record<Country, { bankCode: string; bic: string }> = {
  BE: { bankCode: '539', bic: 'CMPTBEB1' },
  NL: { bankCode: 'CMPT', bic: 'CMPTNL2A' },
  DE: { bankCode: '10020030', bic: 'CMPTDEB1' },
  AT: { bankCode: '19430', bic: 'CMPTATW1' },
  CH: { bankCode: '08390', bic: 'CMPTCHZZ' },
  FR: { bankCode: '3000200550', bic: 'CMPTFRPP' },
};

/** The IBAN of `bban` in `country`, with its ISO 7064 check digits. */
export function ibanOf(country: Country, bban: string): string {
  const check = 98 - mod97(ibanDigits(`${bban}${country}00`));
  return `${country}${String(check).padStart(2, '0')}${bban}`;
}

/** The French RIB key of a bank, branch and account number (letters of an account count as digits). */
function ribKey(bankAndBranch: string, account: string): string {
  return String(97 - mod97(`${bankAndBranch}${account}00`)).padStart(2, '0');
}

/** Each country's account number layout around the customer's virtual account number. */
function bbanOf(country: Country, bankCode: string, account: string): string {
  switch (country) {
    case 'BE': {
      const number = `${bankCode}${account.slice(-7)}`;
      // Belgian account numbers carry their own check: the first ten digits modulo 97 (97 for 0).
      return `${number}${String(mod97(number) || 97).padStart(2, '0')}`;
    }
    case 'NL':
      return `${bankCode}${account.slice(-10)}`;
    case 'DE':
      return `${bankCode}${account.slice(-10)}`;
    case 'AT':
      return `${bankCode}${account.slice(-11)}`;
    case 'CH':
      return `${bankCode}${account.slice(-12)}`;
    case 'FR':
      return `${bankCode}${account.slice(-11)}${ribKey(bankCode, account.slice(-11))}`;
  }
}

/** Where a customer of `country` pays: the provider's account there, with the customer's own number. */
export function customerBankDetails(country: Country, customerId: string): BankDetails {
  const { bankCode, bic } = banks[country];
  // The customer's digits, padded: C100612 → 000000100612.
  const account = customerId.replace(/\D/g, '').padStart(12, '0');
  return { accountHolder: providerAccountHolder, iban: ibanOf(country, bbanOf(country, bankCode, account)), bic };
}
