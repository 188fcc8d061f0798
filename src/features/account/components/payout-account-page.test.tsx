import { screen, within } from '@testing-library/react';
import { payoutAccountsSchema } from '@/contract/account';
import { apiRequest, renderApp } from '@/testing/render-app';
import { atPhoneWidth } from '@/testing/screen-width';
import { accountPaths } from '../paths';

const storedAccounts = () => apiRequest('/account/payout-account', payoutAccountsSchema);

/** Types the admin's password, asked again for each change, and saves. */
async function saveWithPassword(user: Awaited<ReturnType<typeof renderApp>>['user'], password = 'demo-password') {
  await user.type(screen.getByLabelText(/^Your password/), password);
  await user.click(screen.getByRole('button', { name: 'Save payout account' }));
}

describe('the payout account', () => {
  it('checks the IBAN beside the field and gives the new account from the next payout on, keeping the history', async () => {
    const { user } = await renderApp({ as: 'admin', path: accountPaths.payoutAccount() });
    // On the current account's card and in the history.
    expect(await screen.findAllByText('BE71 0961 2345 6769')).toHaveLength(2);
    expect(screen.getByText('Current')).toBeInTheDocument();

    const iban = screen.getByRole('textbox', { name: 'IBAN' });
    await user.type(iban, 'BE68 5390 0754 7035');
    await user.tab();
    expect(await screen.findByText('The check digits do not match: look for a mistyped character.')).toBeInTheDocument();
    expect(iban).toHaveAttribute('aria-invalid', 'true');
    // Corrected, it is checked again as it is typed.
    await user.type(iban, '{Backspace}4');
    expect(await screen.findByText('Valid IBAN. Country of the account: Belgium.')).toBeInTheDocument();
    expect(screen.queryByText('The check digits do not match: look for a mistyped character.')).not.toBeInTheDocument();
    // A Swiss QR-IBAN is a valid IBAN that takes no payout.
    await user.clear(iban);
    await user.type(iban, 'CH44 3199 9123 0008 8901 2');
    expect(await screen.findByText("This is a QR-IBAN, which takes only QR-bill payments: give the account's ordinary IBAN, which your bank gives beside it.")).toBeInTheDocument();
    await user.clear(iban);
    await user.type(iban, 'BE68 5390 0754 7034');
    expect(await screen.findByText('Valid IBAN. Country of the account: Belgium.')).toBeInTheDocument();

    expect(screen.getByText(/^A new account receives every payout no statement has announced yet, the first being the running week's, on 1 Dec 2026\./)).toBeInTheDocument();
    await saveWithPassword(user);
    expect(await screen.findByText('Saved. Payouts from 1 Dec 2026 go to the new account.')).toBeInTheDocument();
    expect(screen.getByText('From 1 Dec 2026')).toBeInTheDocument();
    expect(screen.getByText('Current')).toBeInTheDocument();
    const history = screen.getByRole('table', { name: 'History' });
    expect(within(history).getAllByRole('row')).toHaveLength(3);
    expect(within(history).getAllByRole('row')[1]).toHaveTextContent('BE68 5390 0754 7034');
    expect(await storedAccounts()).toMatchObject({ current: { iban: 'BE71096123456769' }, next: { iban: 'BE68539007547034', effectiveFrom: '2026-12-01' } });
  });

  // Hyphens are what is wrong with the first; the second is four characters short of a Dutch IBAN.
  it.each([
    ['en', 'BE71-0961-2345-6769', 'An IBAN holds only letters, digits and spaces: remove “-”.'],
    ['fr', 'BE71-0961-2345-6769', 'Un IBAN ne contient que des lettres, des chiffres et des espaces : retirez « - ».'],
    ['nl', 'BE71-0961-2345-6769', 'Een IBAN bevat alleen letters, cijfers en spaties: verwijder ‘-’.'],
    ['de', 'BE71-0961-2345-6769', 'Eine IBAN enthält nur Buchstaben, Ziffern und Leerzeichen: Entfernen Sie „-“.'],
    ['en', 'NL91 ABNA 0417 16', 'Netherlands: an IBAN has 18 characters; this one has 14.'],
    ['de', 'NL91 ABNA 0417 16', 'Niederlande: Eine IBAN hat 18 Zeichen; diese hat 14.'],
  ] as const)('says in %s what is wrong with the IBAN %s, keeping what was typed', async (language, typed, message) => {
    const { user } = await renderApp({ as: 'admin', path: accountPaths.payoutAccount(), language });
    const iban = await screen.findByRole('textbox', { name: 'IBAN' });
    await user.type(iban, typed);
    await user.tab();
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(iban).toHaveValue(typed);
    expect(iban).toHaveAttribute('aria-invalid', 'true');
  });

  it.each([
    ['admin', 'en', 'CH93 0076 2011 6238 5295 7', 'An account in this country usually holds CHF, while your payouts are paid in EUR: check with your bank that this account takes EUR.'],
    ['bergblickAdmin', 'de', 'BE68 5390 0754 7034', 'Ein Konto dieses Landes wird meist in EUR geführt, Ihre Auszahlungen erfolgen aber in CHF: Fragen Sie Ihre Bank, ob dieses Konto CHF annimmt.'],
  ] as const)('warns %s beside the IBAN that an account of its country usually holds another currency, without refusing it', async (as, language, typed, warning) => {
    const { user } = await renderApp({ as, path: accountPaths.payoutAccount(), language });
    const iban = await screen.findByRole('textbox', { name: 'IBAN' });
    await user.type(iban, typed);
    expect(await screen.findByText(warning)).toBeInTheDocument();
    expect(iban).toHaveAccessibleDescription(expect.stringContaining(warning));
    expect(iban).not.toHaveAttribute('aria-invalid', 'true');
    // An account of the merchant's own currency's country gets no warning.
    await user.clear(iban);
    await user.type(iban, as === 'admin' ? 'BE68 5390 0754 7034' : 'CH93 0076 2011 6238 5295 7');
    await screen.findByText(/Country of the account|Land des Kontos/);
    expect(screen.queryByText(warning)).not.toBeInTheDocument();
  });

  it('says a save of the account in use changed nothing, and that giving it again withdraws a pending change', async () => {
    const { user } = await renderApp({ as: 'admin', path: accountPaths.payoutAccount() });
    const iban = await screen.findByRole('textbox', { name: 'IBAN' });
    await user.type(iban, 'be71 0961 2345 6769');
    await saveWithPassword(user);
    expect(await screen.findByText('Nothing to save: payouts already go to this account.')).toBeInTheDocument();
    expect(screen.queryByText('From 1 Dec 2026')).not.toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: 'History' })).getAllByRole('row')).toHaveLength(2);
    // What was typed stays, beside the sentence that says why nothing was saved; the password does not.
    expect(iban).toHaveValue('be71 0961 2345 6769');
    expect(screen.getByLabelText(/^Your password/)).toHaveValue('');
    // A save the form refuses says what is wrong, and no longer that there was nothing to save.
    await user.clear(iban);
    await user.type(iban, 'BE68 5390 0754 7035');
    await user.click(screen.getByRole('button', { name: 'Save payout account' }));
    expect(await screen.findByText('The check digits do not match: look for a mistyped character.')).toBeInTheDocument();
    expect(screen.queryByText('Nothing to save: payouts already go to this account.')).not.toBeInTheDocument();
    await user.clear(iban);

    await user.type(iban, 'BE68 5390 0754 7034');
    await saveWithPassword(user);
    expect(await screen.findByText('Saved. Payouts from 1 Dec 2026 go to the new account.')).toBeInTheDocument();
    await user.type(iban, 'BE68539007547034');
    await saveWithPassword(user);
    expect(await screen.findByText('Nothing to save: payouts from 1 Dec 2026 on already go to this account.')).toBeInTheDocument();

    await user.clear(iban);
    await user.type(iban, 'BE71 0961 2345 6769');
    await saveWithPassword(user);
    expect(await screen.findByText('Saved. The change planned for 1 Dec 2026 is withdrawn: payouts keep going to the current account.')).toBeInTheDocument();
    expect(screen.queryByText('From 1 Dec 2026')).not.toBeInTheDocument();
    expect(await storedAccounts()).toMatchObject({ current: { iban: 'BE71096123456769' }, next: null });
  });

  it("asks for the admin's password again, says beside it when it is wrong, and keeps the account typed", async () => {
    const { user } = await renderApp({ as: 'admin', path: accountPaths.payoutAccount() });
    const iban = await screen.findByRole('textbox', { name: 'IBAN' });
    await user.type(iban, 'BE68 5390 0754 7034');
    await user.click(screen.getByRole('button', { name: 'Save payout account' }));
    expect(await screen.findByText('Enter your password to confirm the change.')).toBeInTheDocument();

    await saveWithPassword(user, 'not-the-password');
    expect(await screen.findByText('The password is not right.')).toBeInTheDocument();
    expect(iban).toHaveValue('BE68 5390 0754 7034');
    expect(await storedAccounts()).toMatchObject({ next: null });
  });

  it('does not replace an account given meanwhile elsewhere: it says so, shows it, keeps what was typed, and a second save gives it', async () => {
    const { user } = await renderApp({ as: 'admin', path: accountPaths.payoutAccount() });
    const iban = await screen.findByRole('textbox', { name: 'IBAN' });
    // Another tab gives a new account while this form is open.
    const body = { accountHolder: 'Atelier Lumière SRL', iban: 'BE68 5390 0754 7034', currentPassword: 'demo-password' };
    await apiRequest('/account/payout-account', payoutAccountsSchema, { method: 'PUT', body });

    await user.type(iban, 'NL91 ABNA 0417 1643 00');
    await saveWithPassword(user, 'demo-password');
    expect(await screen.findByRole('alert')).toHaveTextContent('Someone else changed the payout account while you were filling in this form');
    expect(iban).toHaveValue('NL91 ABNA 0417 1643 00');
    // The account given meanwhile shows, as the change to come and in the history.
    expect(await screen.findAllByText('BE68 5390 0754 7034')).toHaveLength(2);
    expect((await storedAccounts()).next).toMatchObject({ iban: 'BE68539007547034' });

    // Refused for another reason in between, the save after it still knows of that change.
    const password = screen.getByLabelText(/^Your password/);
    await user.clear(password);
    await saveWithPassword(user, 'not-the-password');
    expect(await screen.findByText('The password is not right.')).toBeInTheDocument();
    await user.clear(password);
    await saveWithPassword(user, 'demo-password');
    expect(await screen.findByText('Saved. Payouts from 1 Dec 2026 go to the new account.')).toBeInTheDocument();
    expect((await storedAccounts()).next).toMatchObject({ iban: 'NL91ABNA0417164300' });
  });

  it("shows the password on demand with a button named in the user's language, reached by Tab", async () => {
    const { user } = await renderApp({ as: 'admin', path: accountPaths.payoutAccount(), language: 'de' });
    const password = await screen.findByLabelText(/^Ihr Passwort/);
    await user.type(password, 'demo-password');
    await user.tab();
    const toggle = screen.getByRole('button', { name: 'Passwort ein- oder ausblenden' });
    expect(toggle).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(password).toHaveAttribute('type', 'text');
  });

  it('lets finance read the account and its history, with no form', async () => {
    await renderApp({ as: 'finance', path: accountPaths.payoutAccount() });
    expect(await screen.findAllByText('BE71 0961 2345 6769')).toHaveLength(2);
    expect(screen.getByText('Only an admin of your merchant account can change the payout account.')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'History' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('says when there is no account yet, and speaks of no current account once the first is given', async () => {
    const { user } = await renderApp({ as: 'bergblickAdmin', path: accountPaths.payoutAccount() });
    expect(await screen.findByText('No payout account yet: payouts are held until one is given.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Give a payout account' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText("The first payout to this account is the running week's, on 1 Dec 2026.")).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Account holder' }), 'Bergblick AG');
    await user.type(screen.getByRole('textbox', { name: 'IBAN' }), 'CH93 0076 2011 6238 5295 7');
    await saveWithPassword(user);
    expect(await screen.findByText('Payouts go here from 1 Dec 2026 on.')).toBeInTheDocument();
    expect(screen.queryByText(/current account/)).not.toBeInTheDocument();
  });
});

describe("the payout account's examples", () => {
  it.each([
    ['bergblickAdmin', 'CH93 0076 2011 6238 5295 7'],
    ['admin', 'BE71 0961 2345 6769'],
  ] as const)("show %s an IBAN of the merchant's own country", async (as, example) => {
    const { user } = await renderApp({ as, path: accountPaths.payoutAccount() });
    await user.type(await screen.findByRole('textbox', { name: 'IBAN' }), '1234');
    await user.tab();
    expect(await screen.findByText(`An IBAN starts with the country code and two check digits, e.g. ${example}.`)).toBeInTheDocument();
  });
});

describe('the payout account on a phone', () => {
  atPhoneWidth();

  it('lists its history as cards, every IBAN and change in sight rather than past the edge of a table', async () => {
    await renderApp({ as: 'finance', path: accountPaths.payoutAccount() });
    const history = await screen.findByRole('list', { name: 'History' });
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const [card] = within(history).getAllByRole('listitem');
    expect(card).toHaveTextContent('BE71 0961 2345 6769');
    expect(card).toHaveTextContent(/^First payout: \d.*Atelier Lumière.*Changed \d.* by \S/);
  });
});
