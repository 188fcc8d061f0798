import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server } from '@mocks/node';
import { holdRequests } from '@/testing/held-requests';
import { apiRequest, renderApp } from '@/testing/render-app';
import { z } from 'zod';

const signInWith = async (user: Awaited<ReturnType<typeof renderApp>>['user'], password: string) => {
  await user.clear(screen.getByLabelText(/^Password/));
  await user.type(screen.getByLabelText(/^Password/), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
};

describe('a forgotten password', () => {
  it('is reset by a link from the outbox, once, then signs in', async () => {
    const { user } = await renderApp({ path: '/sign-in' });
    await user.click(await screen.findByRole('link', { name: 'Forgot your password?' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Forgot your password?' })).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /E-mail/ }), 'finance@atelier-lumiere.example');
    await user.click(screen.getByRole('button', { name: 'Send me a link' }));
    const sent = await screen.findByRole('status', { name: 'Check your e-mail' });
    expect(sent).toHaveTextContent('If finance@atelier-lumiere.example is the address of a Comptoir account, a link to choose a new password is on its way.');
    // The form is gone: the focus is on what replaced it.
    expect(sent).toHaveFocus();

    await user.click(screen.getByRole('link', { name: 'Open the outbox' }));
    const message = await screen.findByRole('listitem', { name: 'Reset your Comptoir password' });
    await user.click(within(message).getByRole('link', { name: /^Open the link/ }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Choose a new password' })).toBeInTheDocument();
    expect(screen.getByText('For finance@atelier-lumiere.example.')).toBeInTheDocument();
    // Nobody is signed in in this browser: nobody to warn.
    expect(screen.queryByText(/^Someone is signed in/)).not.toBeInTheDocument();
    await user.type(screen.getByLabelText(/^New password/), 'lantern-orchard-42');
    await user.type(screen.getByLabelText(/Type the new password again/), 'lantern-orchard-42');
    await user.click(screen.getByRole('button', { name: 'Set the new password' }));

    expect(await screen.findByRole('status', { name: 'Done' })).toHaveTextContent('Your password was changed. Sign in with the new one.');
    expect(screen.getByLabelText(/E-mail/)).toHaveValue('finance@atelier-lumiere.example');
    await signInWith(user, 'demo-password');
    expect(await screen.findByRole('alert')).toHaveTextContent('The e-mail or password is incorrect');
    await signInWith(user, 'lantern-orchard-42');
    expect(await screen.findByRole('heading', { level: 1, name: 'Orders' })).toBeInTheDocument();
  });

  it('is asked for with the address typed at sign-in, and the way back keeps the one typed here', async () => {
    const { user } = await renderApp({ path: '/sign-in' });
    await user.type(await screen.findByRole('textbox', { name: /E-mail/ }), 'finance@atelier-lumiere.example');
    await user.click(screen.getByRole('link', { name: 'Forgot your password?' }));
    // The sign-in page stays until the next page's code has come.
    await screen.findByRole('heading', { level: 1, name: 'Forgot your password?' });
    const email = screen.getByRole('textbox', { name: /E-mail/ });
    expect(email).toHaveValue('finance@atelier-lumiere.example');
    await user.clear(email);
    await user.type(email, 'support@atelier-lumiere.example');
    await user.click(screen.getByRole('link', { name: 'Back to sign-in' }));
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /E-mail/ })).toHaveValue('support@atelier-lumiere.example');
  });

  it('says so when the link no longer works, and offers a new one', async () => {
    const { user } = await renderApp({ path: `/reset-password/${'ab'.repeat(32)}` });
    expect(await screen.findByRole('heading', { level: 1, name: 'This link does not work any more' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Ask for a new link' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Forgot your password?' })).toBeInTheDocument();
  });
});

describe('failed sign-ins', () => {
  it('lock the address after five, saying how long, the same for an address with no account', async () => {
    for (const email of ['support@atelier-lumiere.example', 'nobody@atelier-lumiere.example']) {
      const { user, unmount } = await renderApp({ path: '/sign-in' });
      await user.type(await screen.findByLabelText(/E-mail/), email);
      for (let attempt = 1; attempt <= 5; attempt += 1) await signInWith(user, 'wrong-password');
      expect(await screen.findByText('Too many failed sign-ins for this address. Try again in 15 minutes. Or set a new password: “Forgot your password?” below.')).toBeInTheDocument();
      unmount();
    }
  });
});

describe('the pages reached from an e-mailed link or from the sign-in page', () => {
  it('offer the language choice the sign-in page offers', async () => {
    const { user } = await renderApp({ path: '/forgot-password' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Forgot your password?' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Change language/ }));
    await user.click(await screen.findByRole('menuitem', { name: /Nederlands/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Wachtwoord vergeten?' })).toBeInTheDocument();
  });
});

describe('an invitation', () => {
  it('lets the invitee set a name and password, then signs them in with the role, even in a browser someone else was signed in with', async () => {
    // An admin invites first, in another tab.
    const { unmount } = await renderApp({ as: 'admin', path: '/orders' });
    await apiRequest('/team/invitations', z.looseObject({}), { method: 'POST', body: { email: 'emma@atelier-lumiere.example', role: 'finance' } });
    const outbox = await apiRequest('/demo/outbox', z.object({ items: z.array(z.object({ link: z.string() })) }));
    unmount();

    const { user } = await renderApp({ path: outbox.items[0]!.link, resetData: false });
    expect(await screen.findByRole('heading', { level: 1, name: 'Join Atelier Lumière on Comptoir' })).toBeInTheDocument();
    expect(screen.getByText('Nathalie Dubois invites you with the role Finance. You will sign in with emma@atelier-lumiere.example.')).toBeInTheDocument();
    // The admin's session, still in this browser, ends with the new account: said before, not found out after.
    // The demo's data lives in this browser: a private window, the way to stay signed in with a real server, would not know the link.
    expect(
      screen.getByText(
        "Someone is signed in to Comptoir in this browser. Creating your account signs them out and signs you in, in every tab. The demo's data lives in this browser, so a private window would not know this link.",
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create my account' }));
    expect(await screen.findByText('Enter your name.')).toBeInTheDocument();
    await user.type(screen.getByLabelText(/Your name/), 'Emma Peeters');
    await user.type(screen.getByLabelText(/^New password/), 'demo-password');
    await user.type(screen.getByLabelText(/Type the new password again/), 'demo-password');
    await user.click(screen.getByRole('button', { name: 'Create my account' }));
    expect(await screen.findByText('This password is among the most common ones: choose one that is harder to guess.')).toBeInTheDocument();
    for (const field of [/^New password/, /Type the new password again/]) {
      await user.clear(screen.getByLabelText(field));
      await user.type(screen.getByLabelText(field), 'lantern-orchard-42');
    }
    // The sign-in after it held a moment, as a slow password check would hold it.
    const answerSignIn = holdRequests('post', '*/api/session');
    await user.click(screen.getByRole('button', { name: 'Create my account' }));
    // Meanwhile the link, used up, is not called dead.
    expect(await screen.findByText('Signing you in…')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'This invitation does not work any more' })).not.toBeInTheDocument();
    answerSignIn();

    // Straight in with the password just chosen, as Emma with her role: no sign-in page to fill again.
    expect(await screen.findByText('Welcome to Atelier Lumière: your account is ready.')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1, name: 'Orders' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    // Support's link may carry the count of answered tickets by now.
    expect(within(nav).getAllByRole('link').map((link) => link.textContent?.replace(/\d+$/, ''))).toEqual(['Orders', 'Statements', 'Support', 'Settings', 'API reference']);
    expect(await apiRequest('/session', z.object({ user: z.object({ name: z.string(), role: z.string() }) }))).toMatchObject({ user: { name: 'Emma Peeters', role: 'finance' } });
  });

  it('leads to the sign-in page, the account made and the address filled in, when the sign-in after it fails', async () => {
    await renderApp({ as: 'admin', path: '/orders' }).then(({ unmount }) => unmount());
    await apiRequest('/team/invitations', z.looseObject({}), { method: 'POST', body: { email: 'emma@atelier-lumiere.example', role: 'support' } });
    const outbox = await apiRequest('/demo/outbox', z.object({ items: z.array(z.object({ link: z.string() })) }));
    const { user } = await renderApp({ path: outbox.items[0]!.link, resetData: false });
    await user.type(await screen.findByLabelText(/Your name/), 'Emma Peeters');
    for (const field of [/^New password/, /Type the new password again/]) await user.type(screen.getByLabelText(field), 'lantern-orchard-42');
    server.use(http.post('*/api/session', () => HttpResponse.error(), { once: true }));
    await user.click(screen.getByRole('button', { name: 'Create my account' }));

    expect(await screen.findByRole('status', { name: 'Done' })).toHaveTextContent('Your account is ready.');
    expect(screen.getByLabelText(/E-mail/)).toHaveValue('emma@atelier-lumiere.example');
    await signInWith(user, 'lantern-orchard-42');
    expect(await screen.findByRole('heading', { level: 1, name: 'Orders' })).toBeInTheDocument();
  });
});
