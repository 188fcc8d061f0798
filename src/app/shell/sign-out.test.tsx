import { act, screen, waitFor } from '@testing-library/react';
import { z } from 'zod';
import { sessionToken } from '@/lib/session-token';
import { apiRequest, renderApp } from '@/testing/render-app';

/** Whether the API still knows `token`'s session (after this device forgot the token). */
function askSession(token: string) {
  return apiRequest('/session', z.object({ token: z.string() }), { headers: { Authorization: `Bearer ${token}` } });
}

describe('signing out', () => {
  it('ends the session on the server and on this device, and shows sign-in without saying the session ran out', async () => {
    const { user, router } = await renderApp({ as: 'finance', path: '/orders' });
    const token = sessionToken.get()!;
    await user.click(await screen.findByRole('button', { name: /User menu for/ }));
    await user.click(await screen.findByRole('menuitem', { name: 'Sign out' }));

    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    // The menu that held the focus is gone: the new page's title takes it, not the page's body.
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Sign in to Comptoir' })).toHaveFocus());
    expect(router.state.location.search).toBe('');
    expect(screen.queryByText('Your session ended. Please sign in again.')).not.toBeInTheDocument();
    expect(sessionToken.get()).toBeNull();
    await expect(askSession(token)).rejects.toMatchObject({ kind: 'unauthorized' });
  });

  it('leaves the next user free to go where they ask: the page they open next is their own', async () => {
    const { user, router } = await renderApp({ as: 'support', path: '/support' });
    await user.click(await screen.findByRole('button', { name: /User menu for/ }));
    await user.click(await screen.findByRole('menuitem', { name: 'Sign out' }));
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();

    // Finance opens a link to the statements in the same tab, then signs in.
    await act(() => router.navigate('/statements'));
    await waitFor(() => expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/statements')}`));
    await user.type(await screen.findByRole('textbox', { name: /E-mail/ }), 'finance@atelier-lumiere.example');
    await user.type(screen.getByLabelText(/Password/), 'demo-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/statements'));
  });

  it('signs out as plainly when the server had already ended the session (another tab, another device)', async () => {
    const { user, router } = await renderApp({ as: 'finance', path: '/orders' });
    await user.click(await screen.findByRole('button', { name: /User menu for/ }));
    // Ended elsewhere while the menu is open: signing out now meets a 401.
    await apiRequest('/session', z.null(), { method: 'DELETE' });
    await user.click(await screen.findByRole('menuitem', { name: 'Sign out' }));

    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    expect(router.state.location.search).toBe('');
    expect(screen.queryByText('Your session ended. Please sign in again.')).not.toBeInTheDocument();
    expect(sessionToken.get()).toBeNull();
  });
});

describe('a session the API refused', () => {
  it('says so on the sign-in page, even when its token is gone before the session is asked for', async () => {
    // Another call of the page (the orders) met the 401 first: the token is already forgotten.
    sessionToken.set('forged-or-expired');
    sessionToken.refuse();
    const { router } = await renderApp({ path: '/orders?country=DE' });
    expect(await screen.findByText('Your session ended. Please sign in again.')).toBeInTheDocument();
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe('/orders?country=DE');
  });

  it('is forgotten by signing in again: a later sign-out says nothing of it', async () => {
    sessionToken.refuse();
    sessionToken.set('a-new-token');
    expect(sessionToken.wasRefused()).toBe(false);
    sessionToken.refuse();
    sessionToken.clear();
    expect(sessionToken.wasRefused()).toBe(false);
  });
});
