import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '@/testing/render-app';

describe('keyboard shortcuts', () => {
  it('"g" then a letter goes to a section; "/" searches the list; "?" lists them', async () => {
    const { user } = await renderApp({ as: 'admin', path: '/orders' });
    await screen.findByRole('heading', { level: 1, name: 'Orders' });

    await user.keyboard('g');
    await user.keyboard('s');
    expect(await screen.findByRole('heading', { level: 1, name: 'Weekly statements' })).toBeVisible();
    await user.keyboard('go');
    expect(await screen.findByRole('heading', { level: 1, name: 'Orders' })).toBeVisible();

    await user.keyboard('/');
    const search = screen.getByRole('textbox', { name: /Search/ });
    expect(search).toHaveFocus();
    // Typed in a field, the same keys are text.
    await user.keyboard('gs');
    expect(search).toHaveValue('gs');
    expect(screen.getByRole('heading', { level: 1, name: 'Orders' })).toBeVisible();

    search.blur();
    await user.keyboard('?');
    const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(help).getByRole('cell', { name: 'Go to Statements' })).toBeVisible();
    // The palette's keys, held together, as the header's button names them.
    const palette = within(help).getByRole('cell', { name: 'Search or go to a page, an order, a ticket or a statement' }).closest('tr')!;
    expect(palette).toHaveTextContent('Ctrl + K');
  });

  it('gives the focus back to the page\'s heading when the help opened from it closes', async () => {
    const { user } = await renderApp({ as: 'admin', path: '/orders' });
    const heading = await screen.findByRole('heading', { level: 1, name: 'Orders' });
    heading.tabIndex = -1;
    heading.focus();
    await user.keyboard('?');
    await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(heading).toHaveFocus());
  });

  it('offers no way to a section the role may not see', async () => {
    const { user } = await renderApp({ as: 'support', path: '/orders' });
    await screen.findByRole('heading', { level: 1, name: 'Orders' });
    await user.keyboard('?');
    const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(help).queryByRole('cell', { name: 'Go to Statements' })).not.toBeInTheDocument();
    expect(within(help).getByRole('cell', { name: 'Go to Support' })).toBeVisible();
  });
});
