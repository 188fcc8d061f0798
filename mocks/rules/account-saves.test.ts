import { billingDetailsExample, type BillingDetails, type PayoutAccount } from '@/contract/account';
import { billingDetailsSave, changedBillingFields, payoutAccountSave } from './account-saves';
import { payoutAccounts } from './payout-schedule';

const author = { at: '2026-11-24T10:00:00.000Z', by: 'Nathalie Dubois' };

describe('a save of the billing details', () => {
  const stored: BillingDetails = { ...billingDetailsExample, updatedAt: null, updatedBy: null };
  const { updatedAt: _at, updatedBy: _by, ...body } = stored;

  it('changes nothing when the values are the stored ones, however the VAT number is written', () => {
    expect(billingDetailsSave(stored, body, author)).toBeNull();
    expect(billingDetailsSave(stored, { ...body, vatNumber: 'be 0123.456.749' }, author)).toBeNull();
  });

  it('records the values as kept, with who and when, when one differs', () => {
    expect(billingDetailsSave(stored, { ...body, city: 'Brussel', vatNumber: 'be 0123.456.749' }, author)).toEqual({ ...stored, city: 'Brussel', updatedAt: author.at, updatedBy: author.by });
    expect(billingDetailsSave({ ...stored, country: 'NL', postalCode: '1012 AB' }, { ...body, country: 'NL', postalCode: '1012ab', vatNumber: 'NL004495445B01' }, author)).toMatchObject({ postalCode: '1012 AB', vatNumber: 'NL004495445B01' });
  });

  it('names the fields it changed, with their values before and after, not those written another way', () => {
    const saved = billingDetailsSave(stored, { ...body, invoiceEmail: 'books@atelier.example', city: 'Brussel', vatNumber: 'be 0123.456.749' }, author)!;
    expect(changedBillingFields(stored, saved)).toEqual([
      { field: 'city', from: stored.city, to: 'Brussel' },
      { field: 'invoiceEmail', from: stored.invoiceEmail, to: 'books@atelier.example' },
    ]);
  });
});

describe('a save of the payout account', () => {
  const today = '2026-11-24';
  const version = (iban: string, effectiveFrom: string, changedAt: string): PayoutAccount => ({ accountHolder: 'Atelier Lumière SRL', iban, effectiveFrom, changedAt, changedBy: 'Nathalie Dubois' });
  const current = version('BE71096123456769', '2026-03-03', '2026-02-27T10:00:00.000Z');
  const pending = version('BE68539007547034', '2026-12-01', '2026-11-23T10:00:00.000Z');
  const given = (iban: string, accountHolder = 'Atelier Lumière SRL') => ({ accountHolder, iban });

  it('changes nothing when it gives the account in use, written any way, and no change is pending', () => {
    expect(payoutAccountSave([current], today, given('be71 0961 2345 6769'), author)).toBeNull();
  });

  it('gives another account, or the same under another holder, from the next payout date', () => {
    expect(payoutAccountSave([current], today, given('be68 5390 0754 7034'), author)).toEqual({ ...given('BE68539007547034'), effectiveFrom: '2026-12-01', changedAt: author.at, changedBy: author.by });
    expect(payoutAccountSave([current], today, given('BE71096123456769', 'Atelier Lumière SA'), author)).toMatchObject({ accountHolder: 'Atelier Lumière SA', iban: 'BE71096123456769' });
  });

  it('changes nothing when it gives the pending account again', () => {
    expect(payoutAccountSave([current, pending], today, given('BE68 5390 0754 7034'), author)).toBeNull();
  });

  it('withdraws the pending change when it gives the account in use: no change waits, and payouts stay where they went since', () => {
    const kept = payoutAccountSave([current, pending], today, given('BE71 0961 2345 6769'), author);
    expect(kept).toEqual({ ...given('BE71096123456769'), effectiveFrom: '2026-12-01', changedAt: author.at, changedBy: author.by });
    const versions = [current, pending, kept!];
    expect(payoutAccounts(versions, today)).toEqual({ current, next: null, nextPayoutDate: '2026-12-01', history: [kept, pending, current] });
    expect(payoutAccounts(versions, '2026-12-01')).toMatchObject({ current, next: null });
    // Given once more, it is the account in use: nothing to change.
    expect(payoutAccountSave(versions, today, given('BE71096123456769'), author)).toBeNull();
  });

  it('gives a first account, and changes nothing when it is given again before its payout', () => {
    const first = payoutAccountSave([], today, given('CH93 0076 2011 6238 5295 7', 'Bergblick AG'), author);
    expect(first).toMatchObject({ iban: 'CH9300762011623852957', effectiveFrom: '2026-12-01' });
    expect(payoutAccountSave([first!], today, given('CH9300762011623852957', 'Bergblick AG'), author)).toBeNull();
  });
});
