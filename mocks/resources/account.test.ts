import type { BillingDetailsBody } from '@/contract/account';
import { countries } from '@/contract/common';
import type { StatementDetail } from '@/contract/statements';
import { postalCodeExamples } from '@/contract/postal-code';
import { vatNumberExamples, vatNumberPrefixes } from '@/contract/vat-number';
import { setToday } from '../rules/clock';
import { call, signIn } from '../testing/api-client';
import { accountCall, billingDetailsOf, payoutAccountsOf } from '../testing/account-calls';
import { activityOf } from '../testing/activity-calls';
import { orderIn, problemOf } from '../testing/order-calls';
import { now, resetSmallBackend } from '../testing/small-backend';

let admin: string;

beforeEach(async () => {
  resetSmallBackend();
  admin = await signIn('admin');
});

const billing: BillingDetailsBody = {
  companyName: 'Atelier Lumière SRL',
  street: 'Place Sainte-Catherine 3',
  postalCode: '1000',
  city: 'Bruxelles',
  country: 'BE',
  vatNumber: 'be 0987.654.394',
  invoiceEmail: 'factures@atelier-lumiere.example',
};

describe('the billing details', () => {
  it('are the seller the invoices print, as the merchant signed up', async () => {
    expect(await billingDetailsOf(await signIn('finance'))).toEqual({
      companyName: 'Atelier Lumière SRL',
      street: 'Rue du Marché 12',
      postalCode: '1000',
      city: 'Bruxelles',
      country: 'BE',
      vatNumber: 'BE0123456749',
      invoiceEmail: 'comptabilite@atelier-lumiere.example',
      updatedAt: null,
      updatedBy: null,
    });
  });

  it('are changed whole by an admin, recorded with who and when, and printed on the next invoice', async () => {
    const response = await accountCall('/billing-details', admin, 'PUT', billing);
    expect(response.status).toBe(200);
    const changed = { ...billing, vatNumber: 'BE0987654394', updatedAt: now, updatedBy: 'Nathalie Dubois' };
    expect(await response.json()).toEqual(changed);
    expect(await billingDetailsOf(await signIn('finance'))).toEqual(changed);

    const order = await orderIn('paid', admin);
    const pdf = await call(`/orders/${order.orderNumber}/documents/${order.documents[0]!.id}?lang=en`, { token: admin });
    const text = new TextDecoder('windows-1252').decode(await pdf.arrayBuffer());
    expect(text).toContain('Atelier Lumière SRL, Place Sainte-Catherine 3, 1000 Bruxelles');
    expect(text).toContain('VAT number: BE0987654394');
  });

  it('refuse a save made on details someone changed since it read them (409, with the details now), and change nothing', async () => {
    const read = await billingDetailsOf(admin);
    expect((await accountCall('/billing-details', admin, 'PUT', { ...billing, updatedAt: read.updatedAt })).status).toBe(200);
    const changed = await billingDetailsOf(admin);

    const stale = await accountCall('/billing-details', admin, 'PUT', { ...billing, city: 'Ixelles', updatedAt: read.updatedAt });
    expect(stale.status).toBe(409);
    expect(await problemOf(stale)).toMatchObject({ status: 409, title: 'The details have changed', current: changed });
    expect(await billingDetailsOf(admin)).toEqual(changed);

    // Sent with the details it read now, or without any, the save goes through.
    expect((await accountCall('/billing-details', admin, 'PUT', { ...billing, city: 'Ixelles', updatedAt: changed.updatedAt })).status).toBe(200);
    expect((await accountCall('/billing-details', admin, 'PUT', { ...billing, city: 'Uccle' })).status).toBe(200);
    expect((await billingDetailsOf(admin)).city).toBe('Uccle');
  });

  it.each(countries)("take a VAT number in the format of %s, and refuse one of another country for its prefix", async (country) => {
    const ok = await accountCall('/billing-details', admin, 'PUT', { ...billing, country, postalCode: postalCodeExamples[country], vatNumber: vatNumberExamples[country] });
    expect(ok.status).toBe(200);
    const other = countries.find((candidate) => candidate !== country)!;
    const refused = await accountCall('/billing-details', admin, 'PUT', { ...billing, country, postalCode: postalCodeExamples[country], vatNumber: vatNumberExamples[other] });
    expect(refused.status).toBe(422);
    expect((await problemOf(refused)).errors).toEqual({ vatNumber: [`A VAT number of ${country} starts with ${vatNumberPrefixes[country]}, e.g. ${vatNumberExamples[country]}.`] });
  });

  it('refuse a VAT number whose check digits do not match and a postal code not of the country (422 naming each), and nothing changes', async () => {
    const before = await billingDetailsOf(admin);
    const response = await accountCall('/billing-details', admin, 'PUT', { ...billing, postalCode: '12', vatNumber: 'BE0123456788' });
    expect(response.status).toBe(422);
    expect((await problemOf(response)).errors).toEqual({
      postalCode: ['This is not a postal code of BE, whose postal codes are written like 1000.'],
      vatNumber: ['A digit is wrong: check the number for a typing mistake.'],
    });
    expect(await billingDetailsOf(admin)).toEqual(before);
  });

  it('refuse a Swiss company id given without the tax it is registered for, saying what to add', async () => {
    const response = await accountCall('/billing-details', admin, 'PUT', { ...billing, country: 'CH', postalCode: '8001', city: 'Zürich', vatNumber: 'CHE-123.456.788' });
    expect(response.status).toBe(422);
    expect((await problemOf(response)).errors).toEqual({ vatNumber: ['Add the tax the number is registered for, MWST, TVA or IVA, e.g. CHE-123.456.788 MWST.'] });
  });

  it('keep a Dutch postal code as the Netherlands print it', async () => {
    const response = await accountCall('/billing-details', admin, 'PUT', { ...billing, country: 'NL', postalCode: '1012ab', city: 'Amsterdam', vatNumber: 'NL004495445B01' });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ postalCode: '1012 AB', vatNumber: 'NL004495445B01' });
  });

  it('are refused with a message for every invalid field at once, and nothing changes', async () => {
    const before = await billingDetailsOf(admin);
    const response = await accountCall('/billing-details', admin, 'PUT', { ...billing, companyName: ' ', city: '', vatNumber: 'DE123456789', invoiceEmail: 'factures' });
    expect(response.status).toBe(422);
    expect((await problemOf(response)).errors).toEqual({
      companyName: ['Enter the company name.'],
      city: ['Enter the city.'],
      vatNumber: ['A VAT number of BE starts with BE, e.g. BE0123456749.'],
      invoiceEmail: ['Enter a valid e-mail address.'],
    });
    expect(await billingDetailsOf(admin)).toEqual(before);
  });

  it('are left as they are by a save of the stored values, however the VAT number is written: no change, nothing logged', async () => {
    const before = await billingDetailsOf(admin);
    const { updatedAt: _at, updatedBy: _by, ...stored } = before;
    const response = await accountCall('/billing-details', admin, 'PUT', { ...stored, vatNumber: 'be 0123.456.749' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(before);
    expect(await billingDetailsOf(admin)).toEqual(before);
    expect((await activityOf(admin, '?kind=billing-details-changed')).items).toEqual([]);
  });

  it('answer 415 to a body not sent as JSON and 400 to one that is not JSON', async () => {
    expect((await accountCall('/billing-details', admin, 'PUT', undefined)).status).toBe(415);
    expect((await call('/account/billing-details', { token: admin, method: 'PUT', mode: null, body: '{"companyName":' })).status).toBe(400);
  });
});

describe('the payout account', () => {
  it('is the account given at sign-up, until a change takes effect with the next payout', async () => {
    const before = await payoutAccountsOf(await signIn('finance'));
    expect(before.current).toMatchObject({ accountHolder: 'Atelier Lumière SRL', iban: 'BE71096123456769' });
    expect(before).toMatchObject({ next: null, nextPayoutDate: '2026-12-01' });

    const response = await accountCall('/payout-account', admin, 'PUT', { accountHolder: 'Atelier Lumière SRL', iban: 'be68 5390 0754 7034', currentPassword: 'demo-password' });
    expect(response.status).toBe(200);
    const expected = { accountHolder: 'Atelier Lumière SRL', iban: 'BE68539007547034', effectiveFrom: '2026-12-01', changedAt: now, changedBy: 'Nathalie Dubois' };
    expect(await response.json()).toEqual({ current: before.current, next: expected, nextPayoutDate: '2026-12-01', history: [expected, before.current] });

    // The payout of 2026-12-01 is the first to go to the new account: announced on Monday 30
    // November by the statement of the week that ended, it is the account in use from then on.
    setToday('2026-11-29');
    expect(await payoutAccountsOf(admin)).toMatchObject({ current: before.current, next: expected });
    setToday('2026-11-30');
    expect(await payoutAccountsOf(admin)).toMatchObject({ current: expected, next: null, nextPayoutDate: '2026-12-08' });
    setToday('2026-12-01');
    expect(await payoutAccountsOf(admin)).toMatchObject({ current: expected, next: null, nextPayoutDate: '2026-12-08', history: [expected, before.current] });
  });

  it('is the account each statement shows its payout going to, by the payout date', async () => {
    const payoutOf = async (week: string) => ((await (await call(`/statements/${week}`, { token: admin })).json()) as StatementDetail).payoutAccount;
    expect((await accountCall('/payout-account', admin, 'PUT', { accountHolder: 'Atelier Lumière SRL', iban: 'BE68539007547034', currentPassword: 'demo-password' })).status).toBe(200);
    // Week 47 was paid out today, to the account it was announced with; week 48, issued once it has ended, is paid on 1 December.
    expect(await payoutOf('2026-W47')).toEqual({ accountHolder: 'Atelier Lumière SRL', iban: 'BE71096123456769' });
    setToday('2026-11-30');
    expect(await payoutOf('2026-W48')).toEqual({ accountHolder: 'Atelier Lumière SRL', iban: 'BE68539007547034' });
    const bergblick = await signIn('bergblick');
    const theirs = (await (await call('/statements/2026-W47', { token: bergblick, mode: 'test' })).json()) as StatementDetail;
    expect(theirs.payoutAccount).toBeNull();
  });

  it("changed on a Monday, leaves the payout the week just ended announced to its account, and starts with the running week's", async () => {
    const payoutOf = async (week: string) => ((await (await call(`/statements/${week}`, { token: admin })).json()) as StatementDetail).payoutAccount;
    setToday('2026-11-30');
    // Week 48 has ended: its statement announces the payout of 1 December to the account in use.
    expect(await payoutOf('2026-W48')).toEqual({ accountHolder: 'Atelier Lumière SRL', iban: 'BE71096123456769' });
    const response = await accountCall('/payout-account', admin, 'PUT', { accountHolder: 'Atelier Lumière SRL', iban: 'BE68539007547034', currentPassword: 'demo-password' });
    expect(await response.json()).toMatchObject({ next: { iban: 'BE68539007547034', effectiveFrom: '2026-12-08' }, nextPayoutDate: '2026-12-08' });
    expect(await payoutOf('2026-W48')).toEqual({ accountHolder: 'Atelier Lumière SRL', iban: 'BE71096123456769' });
    setToday('2026-12-07');
    expect(await payoutOf('2026-W49')).toEqual({ accountHolder: 'Atelier Lumière SRL', iban: 'BE68539007547034' });
  });

  it('given on a Wednesday then given back on the Monday, leaves the announced payout to the change and returns the next one', async () => {
    const payoutOf = async (week: string) => ((await (await call(`/statements/${week}`, { token: admin })).json()) as StatementDetail).payoutAccount;
    const give = (iban: string) => accountCall('/payout-account', admin, 'PUT', { accountHolder: 'Atelier Lumière SRL', iban, currentPassword: 'demo-password' });
    setToday('2026-11-25');
    expect((await give('BE68539007547034')).status).toBe(200);
    // Monday: week 48's statement announces the payout of 1 December to the new account, which is in use.
    setToday('2026-11-30');
    expect(await payoutOf('2026-W48')).toMatchObject({ iban: 'BE68539007547034' });
    const back = await give('BE71096123456769');
    expect(await back.json()).toMatchObject({ current: { iban: 'BE68539007547034' }, next: { iban: 'BE71096123456769', effectiveFrom: '2026-12-08' } });
    expect(await payoutOf('2026-W48')).toMatchObject({ iban: 'BE68539007547034' });
    setToday('2026-12-07');
    expect(await payoutOf('2026-W49')).toMatchObject({ iban: 'BE71096123456769' });
  });

  it("is changed only with the admin's password asked again: an open session alone may not move the money", async () => {
    const admin = await signIn('admin');
    const before = await payoutAccountsOf(admin);
    const change = { accountHolder: 'Atelier Lumière SRL', iban: 'BE68 5390 0754 7034' };
    for (const [currentPassword, message] of [
      [undefined, 'Enter your password: it confirms a change of the payout account.'],
      ['', 'Enter your password: it confirms a change of the payout account.'],
      ['not-the-password', 'The password is not right.'],
    ] as const) {
      const response = await accountCall('/payout-account', admin, 'PUT', { ...change, currentPassword });
      expect(response.status).toBe(422);
      expect(((await response.json()) as { errors: object }).errors).toEqual({ currentPassword: [message] });
    }
    expect(await payoutAccountsOf(admin)).toEqual(before);
    expect((await activityOf(admin, '?kind=payout-account-changed')).items).toEqual([]);
  });

  it('refuses a change made on an account someone changed since it was read (409, with the account now), and changes nothing', async () => {
    const change = (iban: string, lastChangedAt?: string | null) =>
      accountCall('/payout-account', admin, 'PUT', { accountHolder: 'Atelier Lumière SRL', iban, currentPassword: 'demo-password', lastChangedAt });
    const read = await payoutAccountsOf(admin);
    expect((await change('BE68 5390 0754 7034', read.history[0]!.changedAt)).status).toBe(200);
    const changed = await payoutAccountsOf(admin);

    const stale = await change('BE71 0961 2345 6769', read.history[0]!.changedAt);
    expect(stale.status).toBe(409);
    expect(await problemOf(stale)).toMatchObject({ status: 409, title: 'The details have changed', current: changed });
    expect(await payoutAccountsOf(admin)).toEqual(changed);
    // Bergblick, which has no account yet, names none.
    const bergblick = await signIn('bergblick');
    const first = { accountHolder: 'Bergblick AG', iban: 'CH93 0076 2011 6238 5295 7', currentPassword: 'demo-password', lastChangedAt: null };
    expect((await accountCall('/payout-account', bergblick, 'PUT', first)).status).toBe(200);
    expect((await accountCall('/payout-account', bergblick, 'PUT', first)).status).toBe(409);
  });

  it('is given by Bergblick for the first time: no account until the next payout date', async () => {
    const bergblick = await signIn('bergblick');
    expect(await payoutAccountsOf(bergblick)).toEqual({ current: null, next: null, nextPayoutDate: '2026-12-01', history: [] });
    expect((await accountCall('/payout-account', bergblick, 'PUT', { accountHolder: 'Bergblick AG', iban: 'CH93 0076 2011 6238 5295 7', currentPassword: 'demo-password' })).status).toBe(200);
    expect(await payoutAccountsOf(bergblick)).toMatchObject({ current: null, next: { iban: 'CH9300762011623852957', effectiveFrom: '2026-12-01' } });
  });

  it('is left as it is by a save of the account in use, however the IBAN is written: no pending change, nothing logged', async () => {
    const before = await payoutAccountsOf(admin);
    const response = await accountCall('/payout-account', admin, 'PUT', { accountHolder: 'Atelier Lumière SRL', iban: 'be71 0961 2345 6769', currentPassword: 'demo-password' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(before);
    expect(await payoutAccountsOf(admin)).toMatchObject({ next: null, history: before.history });
    expect((await activityOf(admin, '?kind=payout-account-changed')).items).toEqual([]);
  });

  it('keeps a pending change given again, and withdraws it when the account in use is given again, which is logged', async () => {
    const change = (iban: string) => accountCall('/payout-account', admin, 'PUT', { accountHolder: 'Atelier Lumière SRL', iban, currentPassword: 'demo-password' });
    const before = await payoutAccountsOf(admin);
    expect((await change('BE68 5390 0754 7034')).status).toBe(200);
    const pending = await payoutAccountsOf(admin);
    expect(pending.next).toMatchObject({ iban: 'BE68539007547034', effectiveFrom: '2026-12-01' });

    const again = await change('be68539007547034');
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(pending);
    expect((await activityOf(admin, '?kind=payout-account-changed')).items).toHaveLength(1);

    const kept = await change('BE71 0961 2345 6769');
    expect(kept.status).toBe(200);
    expect(await kept.json()).toMatchObject({ current: before.current, next: null });
    expect((await activityOf(admin, '?kind=payout-account-changed')).items).toMatchObject([
      { subject: 'BE71096123456769', detail: '2026-12-01', at: now },
      { subject: 'BE68539007547034', detail: '2026-12-01' },
    ]);
    // The payout of 2026-12-01 goes to the account in use, as it has since it was given.
    setToday('2026-12-01');
    expect(await payoutAccountsOf(admin)).toMatchObject({ current: before.current, next: null });
    expect(((await (await call('/statements/2026-W48', { token: admin })).json()) as StatementDetail).payoutAccount).toEqual({ accountHolder: 'Atelier Lumière SRL', iban: 'BE71096123456769' });
  });

  it.each([
    ['', 'Enter the IBAN.'],
    ['BE71-0961-2345-6769', 'An IBAN holds only letters, digits and spaces: remove "-".'],
    ['BE71.0961/2345.6769', 'An IBAN holds only letters, digits and spaces: remove ".", "/".'],
    ['5390 0754 7034', 'An IBAN starts with the country code and two check digits, e.g. BE71 0961 2345 6769.'],
    ['GB29 NWBK 6016 1331 9268 19', 'Give the IBAN of an account in one of the markets: BE, NL, DE, AT, CH, FR.'],
    ['BE68 5390 0754 703', 'This IBAN is not as long as the IBANs of its country.'],
    ['BE68 5390 0754 7035', "This IBAN's check digits do not match: look for a mistyped character."],
    ['CH44 3199 9123 0008 8901 2', "This is a QR-IBAN, which takes only QR-bill payments: give the account's ordinary IBAN, which your bank gives beside it."],
  ])('refuses the IBAN %j saying why, and keeps the account', async (iban, message) => {
    const before = await payoutAccountsOf(admin);
    const response = await accountCall('/payout-account', admin, 'PUT', { accountHolder: 'Atelier Lumière SRL', iban, currentPassword: 'demo-password' });
    expect(response.status).toBe(422);
    expect((await problemOf(response)).errors).toEqual({ iban: [message] });
    expect(await payoutAccountsOf(admin)).toEqual(before);
  });
});
