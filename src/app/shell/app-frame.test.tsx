import { screen, within } from '@testing-library/react';
import { renderApp } from '@/testing/render-app';

describe('the frame around every page', () => {
  it('shows the test-data banner as part of the header, not over it', async () => {
    await renderApp({ as: 'admin', path: '/orders', mode: 'test' });
    const header = await screen.findByRole('banner');
    expect(within(header).getByRole('status')).toHaveTextContent('Test data: you are looking at test orders.');
    expect(within(screen.getByRole('main')).queryByText(/Test data:/)).not.toBeInTheDocument();
  });

  it('shows no banner with live data', async () => {
    await renderApp({ as: 'admin', path: '/orders' });
    await screen.findByRole('heading', { level: 1, name: 'Orders' });
    expect(screen.queryByText(/Test data:/)).not.toBeInTheDocument();
  });

  it('opens on the orders at their own address, marked as the current section', async () => {
    await renderApp({ as: 'admin', path: '/' });
    await screen.findByRole('heading', { level: 1, name: 'Orders' });
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Orders' })).toHaveAttribute('aria-current', 'page');
  });
});
