import { screen, waitFor } from '@testing-library/react';
import { renderApp } from '@/testing/render-app';
// The app's own style sheet, as the browser applies it (jsdom cascades it for getComputedStyle).
import '@/styles.css';

describe('the focus the app moves itself', () => {
  it('to the title after signing in shows no focus ring, where a control keeps the browser’s', async () => {
    const { user } = await renderApp({ path: '/sign-in' });
    await user.type(await screen.findByLabelText(/E-mail/), 'support@atelier-lumiere.example');
    await user.type(screen.getByLabelText(/Password/), 'demo-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Orders' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(getComputedStyle(heading).outlineStyle).toBe('none');

    const main = screen.getByRole('main');
    main.focus();
    expect(getComputedStyle(main).outlineStyle).toBe('none');

    // A field the user reaches shows a ring of its own, plainer than its border's colour.
    const search = screen.getByRole('textbox', { name: 'Search' });
    search.focus();
    expect(getComputedStyle(search).outlineStyle).toBe('solid');
    expect(getComputedStyle(search).outlineWidth).toBe('2px');
  });
});
