import { screen, within } from '@testing-library/react';
import { renderApp } from '@/testing/render-app';

const table = () => screen.findByRole('table', { name: 'Orders matching the filters' });

describe('a link to the orders list with values the list cannot read', () => {
  it('says which values it left out, shows the orders with the rest, and goes once dismissed', async () => {
    const { user } = await renderApp({ as: 'admin', path: '/orders?status=created,shiped&pageSize=33&utm_source=mail' });
    const rows = within(await table()).getAllByRole('row').slice(1);
    for (const row of rows) expect(within(row).getByText('Created')).toBeInTheDocument();
    const notice = screen.getByRole('alert');
    expect(within(notice).getByText('Part of this link could not be read')).toBeInTheDocument();
    expect(within(notice).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Status: “shiped”', 'Rows per page: “33”']);
    await user.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(rows[0]).toBeInTheDocument();
  });

  it('still says so once the list has moved a page past the last back to the last', async () => {
    await renderApp({ as: 'admin', path: '/orders?status=created,shiped&page=999' });
    const rows = within(await table()).getAllByRole('row').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    expect(within(screen.getByRole('alert')).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Status: “shiped”']);
  });

  it('gives a long value by its start, so that the notice stays as wide as the page', async () => {
    const long = `x${'y'.repeat(999)}`;
    await renderApp({ as: 'admin', path: `/orders?sort=${long}` });
    await table();
    expect(within(screen.getByRole('alert')).getByRole('listitem')).toHaveTextContent(new RegExp(`^Sort: “xy{59}…”$`));
  });

  it('says nothing for a link the list wrote itself', async () => {
    await renderApp({ as: 'admin', path: '/orders?status=created&sort=total&order=asc&pageSize=50' });
    await table();
    expect(screen.queryByText('Part of this link could not be read')).not.toBeInTheDocument();
  });

  it('says so in the user’s language', async () => {
    await renderApp({ as: 'admin', language: 'fr', path: '/orders?sort=colour' });
    expect(await screen.findByText('Une partie de ce lien n’a pas pu être lue')).toBeInTheDocument();
    expect(screen.getByText('Tri : « colour »')).toBeInTheDocument();
  });
});
