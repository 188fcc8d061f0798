import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { z } from 'zod';
import { apiKeyListSchema } from '@/contract/account';
import { apiRequest, findOrder, freshBackendAs, renderApp } from '@/testing/render-app';
import { holdRequests } from '@/testing/held-requests';
import { atPhoneWidth } from '@/testing/screen-width';
import { accountPaths } from '../paths';

const storedKeys = async () => (await apiRequest('/account/api-keys', apiKeyListSchema)).items;

/** The dialog of a new key of `mode`, opened from its list, with `name` typed in. */
async function newKeyDialog(user: Awaited<ReturnType<typeof renderApp>>['user'], mode: 'test' | 'live', name: string) {
  const keys = await screen.findByRole('region', { name: mode === 'test' ? 'Test keys' : 'Live keys' });
  await user.click(within(keys).getByRole('button', { name: `Create a ${mode} key` }));
  const dialog = await screen.findByRole('dialog', { name: `New ${mode} key` });
  await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), name);
  return dialog;
}

/** What Bergblick's integration does before it may ask for the check: a payout account, a test order activated and credited. */
async function doTheChecklist() {
  await apiRequest('/account/payout-account', z.looseObject({}), { method: 'PUT', body: { accountHolder: 'Bergblick AG', iban: 'CH93 0076 2011 6238 5295 7', currentPassword: 'demo-password' } });
  const order = await findOrder('created', 'test');
  const activated = await apiRequest(`/orders/${order.orderNumber}/activate`, z.looseObject({ version: z.number() }), { method: 'POST', mode: 'test', body: { version: order.version } });
  await apiRequest(`/orders/${order.orderNumber}/reductions`, z.looseObject({}), { method: 'POST', mode: 'test', body: { version: activated.version, reason: 'Integration test', amount: 100 } });
}

describe('the credentials', () => {
  it('show a new test key’s secret once, then only its prefix and last four characters', async () => {
    const { user } = await renderApp({ as: 'admin', path: accountPaths.credentials() });
    const testKeys = await screen.findByRole('region', { name: 'Test keys' });
    await user.click(within(testKeys).getByRole('button', { name: 'Create a test key' }));
    const dialog = await screen.findByRole('dialog', { name: 'New test key' });
    await user.click(within(dialog).getByRole('button', { name: 'Create test key' }));
    expect(await within(dialog).findByText('Name the key after what uses it.')).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Warehouse sync');
    await user.click(within(dialog).getByRole('button', { name: 'Create test key' }));

    const secretField = await within(dialog).findByRole('textbox', { name: 'Your new key' });
    // The form left with its button: the focus is on the secret, not on the page's body.
    await waitFor(() => expect(secretField).toHaveFocus());
    const secret = (secretField as HTMLInputElement).value;
    expect(secret).toMatch(/^cpk_test_[0-9A-Za-z]{32}$/);
    expect(within(dialog).getByText(/This is the only time the whole key is shown/)).toBeInTheDocument();
    // A stray Escape does not lose the key: only "Done" closes the dialog.
    await user.keyboard('{Escape}');
    expect(within(dialog).getByRole('textbox', { name: 'Your new key' })).toHaveValue(secret);
    expect(within(dialog).queryByRole('button', { name: 'Close' })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(within(testKeys).getByRole('button', { name: 'Create a test key' })).toHaveFocus());

    const row = within(testKeys).getByRole('row', { name: /Warehouse sync/ });
    expect(row).toHaveTextContent(`cpk_test_…${secret.slice(-4)}`);
    expect(document.body).not.toHaveTextContent(secret);
    expect((await storedKeys()).find((key) => key.name === 'Warehouse sync')).toMatchObject({ mode: 'test', lastFour: secret.slice(-4) });
  });

  it("make a live key only with the admin's password asked again, and keep the name typed when it is wrong", async () => {
    const { user } = await renderApp({ as: 'admin', path: accountPaths.credentials() });
    const dialog = await newKeyDialog(user, 'live', 'Checkout');
    await user.click(within(dialog).getByRole('button', { name: 'Create live key' }));
    const password = within(dialog).getByLabelText(/^Your password/);
    expect(await within(dialog).findByText('Enter your password to create a live key.')).toBeInTheDocument();
    expect(password).toHaveAccessibleDescription(/Asked again to confirm: a live key acts on real orders and money\./);

    await user.type(password, 'not-my-password');
    await user.click(within(dialog).getByRole('button', { name: 'Create live key' }));
    expect(await within(dialog).findByText('The password is not right.')).toBeInTheDocument();
    expect(password).toHaveFocus();
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveValue('Checkout');
    expect((await storedKeys()).some((key) => key.name === 'Checkout')).toBe(false);

    await user.clear(password);
    await user.type(password, 'demo-password');
    await user.click(within(dialog).getByRole('button', { name: 'Create live key' }));
    expect(((await within(dialog).findByRole('textbox', { name: 'Your new key' })) as HTMLInputElement).value).toMatch(/^cpk_live_/);
    expect((await storedKeys()).find((key) => key.name === 'Checkout')).toMatchObject({ mode: 'live' });
  });

  it('keep the dialog open while the key is being made, so that its secret is not lost to an Escape', async () => {
    const { user } = await renderApp({ as: 'admin', path: accountPaths.credentials() });
    const dialog = await newKeyDialog(user, 'test', 'Night batch');
    const answer = holdRequests('post', '*/api/account/api-keys');
    await user.click(within(dialog).getByRole('button', { name: 'Create test key' }));
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeDisabled());
    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog', { name: 'New test key' })).toBeInTheDocument();
    answer();
    expect(((await within(dialog).findByRole('textbox', { name: 'Your new key' })) as HTMLInputElement).value).toMatch(/^cpk_test_/);
  });

  it('make one key of a double click on Create, faster than the button turns busy', async () => {
    const { user } = await renderApp({ as: 'admin', path: accountPaths.credentials() });
    const before = (await storedKeys()).length;
    const dialog = await newKeyDialog(user, 'test', 'Double click');
    const create = within(dialog).getByRole('button', { name: 'Create test key' });
    fireEvent.click(create);
    fireEvent.click(create);
    expect(((await within(dialog).findByRole('textbox', { name: 'Your new key' })) as HTMLInputElement).value).toMatch(/^cpk_test_/);
    const keys = await storedKeys();
    expect(keys).toHaveLength(before + 1);
    expect(keys.filter((key) => key.name === 'Double click')).toHaveLength(1);
  });

  it('revoke a key after asking, and keep it listed as revoked', async () => {
    const { user } = await renderApp({ as: 'admin', path: accountPaths.credentials() });
    const liveKeys = await screen.findByRole('region', { name: 'Live keys' });
    await user.click(within(liveKeys).getByRole('button', { name: 'Revoke the key Shop plugin (cpk_live_…iWE6)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Revoke the key "Shop plugin"?' });
    expect(dialog).toHaveTextContent('Anything that uses cpk_live_…iWE6 is refused from now on.');
    await user.click(within(dialog).getByRole('button', { name: 'Revoke key' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await within(liveKeys).findByText(/^Revoked on /)).toBeInTheDocument();
    expect(within(liveKeys).queryByRole('button', { name: /^Revoke the key/ })).not.toBeInTheDocument();
    // Its revoke button left with it: the focus is on the list's title, not on the page's body.
    await waitFor(() => expect(within(liveKeys).getByRole('heading', { name: 'Live keys' })).toHaveFocus());
    expect((await storedKeys()).find((key) => key.mode === 'live')?.revokedBy).toBe('Nathalie Dubois');
  });

  it('show a merchant that has not gone live its checklist and no live keys; the header says why Live is closed', async () => {
    const { user } = await renderApp({ as: 'bergblickAdmin', path: accountPaths.credentials() });
    expect(await screen.findByRole('heading', { name: 'Going live' })).toBeInTheDocument();
    expect(screen.getByText('Company details:').parentElement).toHaveTextContent('done');
    expect(screen.getByRole('link', { name: 'give a payout account' })).toHaveAttribute('href', accountPaths.payoutAccount());
    expect(screen.getByRole('link', { name: 'go to the test orders' })).toBeInTheDocument();
    expect(screen.getByText('The check can be requested once every item above is done.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Request the security check' })).not.toBeInTheDocument();
    const liveKeys = screen.getByRole('region', { name: 'Live keys' });
    expect(within(liveKeys).getByText('Live keys can be created once the security check has passed.')).toBeInTheDocument();
    expect(within(liveKeys).queryByRole('button')).not.toBeInTheDocument();

    const data = screen.getByRole('radiogroup', { name: 'Data' });
    expect(within(data).getByRole('radio', { name: 'Live' })).toBeDisabled();
    expect(within(data).getByRole('radio', { name: 'Test' })).toBeChecked();
    expect(data).toHaveAccessibleDescription(/has not passed the provider's security check yet/);
    await user.click(screen.getByRole('button', { name: 'Why is live data not available?' }));
    expect(await screen.findByRole('link', { name: 'See the go-live checklist' })).toBeInTheDocument();
  });

  it('request the security check once the checklist is done, and open the live world when it passes', async () => {
    await freshBackendAs('bergblickAdmin');
    await doTheChecklist();
    const { user } = await renderApp({ path: accountPaths.credentials(), resetData: false });
    await user.click(await screen.findByRole('button', { name: 'Request the security check' }));
    expect(await screen.findByText('Security check:', { exact: false })).toHaveTextContent('in review, to be finished on 27 Nov 2026');
    expect(screen.queryByRole('button', { name: 'Request the security check' })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Going live' })).toHaveFocus());
    await waitFor(() => expect(screen.getByRole('button', { name: 'Why is live data not available?' })).toBeInTheDocument());

    // The demo need not wait for the end of the review.
    const passNow = screen.getByRole('button', { name: 'Pass the check now (demo)' });
    expect(passNow).toHaveAccessibleDescription("A shortcut of the demo: it skips the checklist and the provider's three days of review.");
    await user.click(passNow);
    expect(await screen.findByText('Security check passed')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('Security check passed').closest('[role="alert"]')).toHaveFocus());
    const liveKeys = screen.getByRole('region', { name: 'Live keys' });
    expect(within(liveKeys).getByRole('button', { name: 'Create a live key' })).toBeInTheDocument();
    await waitFor(() => expect(within(screen.getByRole('radiogroup', { name: 'Data' })).getByRole('radio', { name: 'Live' })).toBeEnabled());
    expect(screen.queryByRole('button', { name: 'Why is live data not available?' })).not.toBeInTheDocument();
  });
});

describe('the credentials on a phone', () => {
  atPhoneWidth();

  it('give each key a card with its state and its revoke button, which the table put past the edge', async () => {
    const { user } = await renderApp({ as: 'admin', path: accountPaths.credentials() });
    const liveKeys = await screen.findByRole('region', { name: 'Live keys' });
    expect(within(liveKeys).queryByRole('table')).not.toBeInTheDocument();
    const [card] = within(within(liveKeys).getByRole('list', { name: 'Live keys' })).getAllByRole('listitem');
    expect(card).toHaveTextContent('Shop plugin');
    expect(card).toHaveTextContent('cpk_live_…iWE6');
    expect(within(card!).getByText('Active')).toBeInTheDocument();

    await user.click(within(card!).getByRole('button', { name: 'Revoke the key Shop plugin (cpk_live_…iWE6)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Revoke the key "Shop plugin"?' });
    await user.click(within(dialog).getByRole('button', { name: 'Revoke key' }));
    expect(await within(liveKeys).findByText(/^Revoked on /)).toBeInTheDocument();
  });
});
