import { screen, waitFor, within } from '@testing-library/react';
import { sessionToken } from '@/lib/session-token';
import { renderApp } from '@/testing/render-app';
import { atPhoneWidth } from '@/testing/screen-width';

describe('signing in', () => {
  it('lists the demo accounts and tells a wrong password clearly, keeping what was typed', async () => {
    const { user } = await renderApp({ path: '/sign-in' });
    expect(await screen.findByRole('heading', { name: 'Sign in to Comptoir' })).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'support@atelier-lumiere.example' })).toBeInTheDocument();

    await user.type(screen.getByLabelText(/E-mail/), 'admin@atelier-lumiere.example');
    await user.type(screen.getByLabelText(/Password/), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The e-mail or password is incorrect');
    expect(screen.getByLabelText(/E-mail/)).toHaveValue('admin@atelier-lumiere.example');

    // Tried again with an address cut short: the field says what is wrong, the last refusal goes.
    await user.clear(screen.getByLabelText(/E-mail/));
    await user.type(screen.getByLabelText(/E-mail/), 'admin@');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Enter a valid e-mail address.')).toBeInTheDocument();
    expect(screen.queryByText('The e-mail or password is incorrect', { exact: false })).not.toBeInTheDocument();
  });

  it('checks the fields before calling the server', async () => {
    const { user } = await renderApp({ path: '/sign-in' });
    await user.type(await screen.findByLabelText(/E-mail/), 'not-an-address');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Enter a valid e-mail address.')).toBeInTheDocument();
    expect(screen.getByText('Enter your password.')).toBeInTheDocument();
  });

  it.each([
    ['another site behind a backslash', '%2F%5Cexample.invalid'],
    ['another site behind two slashes', '%2F%2Fexample.invalid'],
    ['a script URL', 'javascript%3Aalert(1)'],
    ['the sign-in page itself', '%2Fsign-in'],
  ])('goes to the orders after sign-in when the return address is %s', async (_case, next) => {
    const { user } = await renderApp({ path: `/sign-in?next=${next}` });
    await user.type(await screen.findByLabelText(/E-mail/), 'admin@atelier-lumiere.example');
    await user.type(screen.getByLabelText(/Password/), 'demo-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Orders' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Sign in to Comptoir' })).not.toBeInTheDocument();
  });

  it('comes back to the page of the app it was sent from', async () => {
    const { user } = await renderApp({ path: `/sign-in?next=${encodeURIComponent('/statements')}` });
    await user.type(await screen.findByLabelText(/E-mail/), 'admin@atelier-lumiere.example');
    await user.type(screen.getByLabelText(/Password/), 'demo-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Weekly statements' })).toBeInTheDocument();
  });

  it.each([
    ['admin', ['Orders', 'Statements', 'Support', 'Settings', 'API reference'], true],
    ['finance', ['Orders', 'Statements', 'Support', 'Settings', 'API reference'], true],
    ['support', ['Orders', 'Support', 'API reference'], false],
  ] as const)('offers a %s what the role may use', async (role, sections, mayExport) => {
    const { user } = await renderApp({ path: '/sign-in' });
    await user.click(await screen.findByRole('button', { name: `Use ${role}@atelier-lumiere.example to fill in the form` }));
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual(sections);
    expect(await screen.findByRole('heading', { name: 'Orders' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Export CSV' }) !== null).toBe(mayExport);
  });

  it.each([
    ['en', 'Use'],
    ['fr', 'Utiliser'],
    ['nl', 'Gebruiken'],
    ['de', 'Verwenden'],
  ] as const)('names each demo account button with its visible word, for speech input (%s)', async (language, word) => {
    await renderApp({ path: '/sign-in', language });
    const buttons = await screen.findAllByRole('button', { name: /@/ });
    expect(buttons).toHaveLength(4);
    for (const button of buttons) {
      expect(button).toHaveTextContent(word);
      expect(button).toHaveAccessibleName(new RegExp(word, 'i'));
    }
  });
});

describe('the sign-in page and a forgotten password', () => {
  it('carries the address typed to the page that sends a new link, still editable, and never the password', async () => {
    const { user, router } = await renderApp({ path: '/sign-in' });
    await user.type(await screen.findByLabelText(/E-mail/), 'finance@atelier-lumiere.example');
    await user.type(screen.getByLabelText(/Password/), 'half-remembered');
    await user.click(screen.getByRole('link', { name: 'Forgot your password?' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Forgot your password?' })).toBeInTheDocument();
    const email = screen.getByRole('textbox', { name: /E-mail/ });
    expect(email).toHaveValue('finance@atelier-lumiere.example');
    expect(JSON.stringify([router.state.location, window.history.state])).not.toContain('half-remembered');
    await user.clear(email);
    await user.type(email, 'support@atelier-lumiere.example');
    await user.click(screen.getByRole('button', { name: 'Send me a link' }));
    expect(await screen.findByRole('status', { name: 'Check your e-mail' })).toHaveTextContent('If support@atelier-lumiere.example is the address');
  });

  it('leaves the address empty when none was typed', async () => {
    const { user } = await renderApp({ path: '/sign-in' });
    await user.click(await screen.findByRole('link', { name: 'Forgot your password?' }));
    expect(await screen.findByRole('textbox', { name: /E-mail/ })).toHaveValue('');
  });

  it('no longer says the password was changed once a new sign-in fails', async () => {
    const { user } = await renderApp({ path: '/sign-in?email=finance%40atelier-lumiere.example&notice=password-set' });
    expect(await screen.findByRole('status', { name: 'Done' })).toHaveTextContent('Your password was changed. Sign in with the new one.');
    await user.type(screen.getByLabelText(/Password/), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The e-mail or password is incorrect');
    expect(screen.queryByRole('status', { name: 'Done' })).not.toBeInTheDocument();
    expect(screen.queryByText('Your password was changed. Sign in with the new one.')).not.toBeInTheDocument();
  });

  it("takes the user back where the sign-in was asked from, or to the orders when that page is not for their role", async () => {
    const { user, router } = await renderApp({ path: '/sign-in?next=%2Fsettings%2Fteam' });
    await user.type(await screen.findByRole('textbox', { name: /E-mail/ }), 'finance@atelier-lumiere.example');
    await user.type(screen.getByLabelText(/Password/), 'demo-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Orders' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/orders');
  });

  it.each([
    ['another user signing in in that tab gets the orders', 'admin@atelier-lumiere.example', '/orders'],
    ['the user who left it gets it back', 'support@atelier-lumiere.example', '/support'],
  ])('takes back to the page it was sent from only the user who left it: %s', async (_case, email, landing) => {
    // The support agent's session ended on a support request in this tab (a sign-out in another tab, an expiry).
    const { unmount } = await renderApp({ as: 'support', path: '/support' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Support' })).toBeInTheDocument();
    unmount();
    sessionToken.clear();
    const { user, router } = await renderApp({ path: `/sign-in?next=${encodeURIComponent('/support?order=1000042')}&expired=1`, resetData: false });
    await user.type(await screen.findByRole('textbox', { name: /E-mail/ }), email);
    await user.type(screen.getByLabelText(/Password/), 'demo-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(landing));
  });

  it('no longer says the session ended once a new sign-in fails', async () => {
    const { user } = await renderApp({ path: '/sign-in?next=%2Fstatements&expired=1' });
    expect(await screen.findByText('Your session ended. Please sign in again.')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /E-mail/ }), 'finance@atelier-lumiere.example');
    await user.type(screen.getByLabelText(/Password/), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The e-mail or password is incorrect');
    expect(screen.queryByText('Your session ended. Please sign in again.')).not.toBeInTheDocument();
  });
});

describe('the demo accounts on a phone', () => {
  atPhoneWidth();

  it('lists the demo accounts as cards on a phone, each with its role, merchant and button in sight, and fills the form in', async () => {
    const { user } = await renderApp({ path: '/sign-in', language: 'nl' });
    const accounts = await screen.findByRole('list', { name: 'Demo-accounts' });
    expect(within(accounts).queryByRole('table')).not.toBeInTheDocument();
    const support = within(accounts).getByText('support@atelier-lumiere.example').closest('li')!;
    expect(support).toHaveTextContent('Supportmedewerker · 3333 Atelier Lumière');
    await user.click(within(support).getByRole('button', { name: /support@atelier-lumiere\.example/ }));
    expect(screen.getByLabelText(/E-mail/)).toHaveValue('support@atelier-lumiere.example');
  });
});
