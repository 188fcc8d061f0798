import { act, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '@/testing/render-app';

describe('the page a user arrives on', () => {
  it('names itself in the tab: the page, its section, the app', async () => {
    const { user } = await renderApp({ as: 'admin', path: '/orders' });
    await screen.findByRole('heading', { level: 1, name: 'Orders' });
    await waitFor(() => expect(document.title).toBe('Orders · Comptoir'));

    const table = await screen.findByRole('table', { name: 'Orders matching the filters' });
    const link = (await within(table).findAllByRole('link'))[0]!;
    const orderNumber = link.textContent!;
    await user.click(link);
    const heading = await screen.findByRole('heading', { level: 1, name: `Order ${orderNumber}` });
    await waitFor(() => expect(document.title).toBe(`Order ${orderNumber} · Orders · Comptoir`));
    // Focus moves to where the user arrived, not back to <body>.
    await waitFor(() => expect(heading).toHaveFocus());
  });

  it('gives the focus back to the link that led away when the user goes back', async () => {
    const { user, router } = await renderApp({ as: 'admin', path: '/orders' });
    const table = await screen.findByRole('table', { name: 'Orders matching the filters' });
    const link = (await within(table).findAllByRole('link'))[3]!;
    const orderNumber = link.textContent!;
    await user.click(link);
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: `Order ${orderNumber}` })).toHaveFocus());

    await act(() => router.navigate(-1));
    const back = await within(await screen.findByRole('table', { name: 'Orders matching the filters' })).findByRole('link', { name: orderNumber });
    await waitFor(() => expect(back).toHaveFocus());
  });

  it('has the focus on its title after signing in', async () => {
    const { user } = await renderApp({ path: '/sign-in' });
    await user.type(await screen.findByLabelText(/E-mail/), 'support@atelier-lumiere.example');
    await user.type(screen.getByLabelText(/Password/), 'demo-password{Enter}');
    const heading = await screen.findByRole('heading', { level: 1, name: 'Orders' });
    await waitFor(() => expect(heading).toHaveFocus());
  });

  it('gives the focus back to the link that led away when the user goes back between pages without a session', async () => {
    const { user, router } = await renderApp({ path: '/sign-in' });
    await user.click(await screen.findByRole('link', { name: 'Forgot your password?' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Forgot your password?' })).toHaveFocus());

    await act(() => router.navigate(-1));
    const back = await screen.findByRole('link', { name: 'Forgot your password?' });
    await waitFor(() => expect(back).toHaveFocus());
  });

  it('leaves the focus where the browser starts it on a page it loaded', async () => {
    await renderApp({ as: 'support', path: '/orders', sessionFirst: true });
    const heading = await screen.findByRole('heading', { level: 1, name: 'Orders' });
    await screen.findAllByRole('row');
    expect(heading).not.toHaveFocus();
  });

  it('leaves the focus where the browser starts it on a page it reloaded', async () => {
    await renderApp({ as: 'support', path: '/orders', earlierPaths: ['/support'], sessionFirst: true });
    const heading = await screen.findByRole('heading', { level: 1, name: 'Orders' });
    await screen.findAllByRole('row');
    expect(heading).not.toHaveFocus();
  });

  it('speaks the chosen language', async () => {
    await renderApp({ as: 'finance', path: '/statements/2026-W47', language: 'fr' });
    await screen.findByRole('heading', { level: 1, name: 'Relevé 2026-W47' });
    await waitFor(() => expect(document.title).toBe('Relevé 2026-W47 · Relevés · Comptoir'));
  });

  it('names the sign-in page, which offers the language switch too', async () => {
    await renderApp({ path: '/sign-in' });
    await screen.findByRole('heading', { level: 1, name: 'Sign in to Comptoir' });
    await waitFor(() => expect(document.title).toBe('Sign in · Comptoir'));
    expect(screen.getByRole('button', { name: 'EN: Change language (current: English)' })).toBeVisible();
  });

  it('names the pages reached without a session too', async () => {
    await renderApp({ path: '/forgot-password', language: 'de' });
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() => expect(document.title).toBe('Passwort vergessen · Comptoir'));
  });
});
