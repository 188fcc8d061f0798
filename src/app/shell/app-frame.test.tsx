import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { refuseToStore } from '@/testing/full-storage';
import { renderApp } from '@/testing/render-app';
import { atPhoneWidth } from '@/testing/screen-width';

describe('the frame around every page', () => {
  it('shows the test-data banner as part of the header, not over it', async () => {
    await renderApp({ as: 'admin', path: '/orders', mode: 'test' });
    const header = await screen.findByRole('banner');
    expect(within(header).getByRole('status')).toHaveTextContent('Test data: you are looking at test orders.');
    expect(within(screen.getByRole('main')).queryByText(/Test data:/)).not.toBeInTheDocument();
  });

  it('switches to test data even when the browser has no room left to keep the choice', async () => {
    const { user } = await renderApp({ as: 'admin', path: '/orders' });
    await screen.findByRole('heading', { level: 1, name: 'Orders' });
    refuseToStore('comptoir.data-mode');
    await user.click(within(screen.getByRole('banner')).getByRole('radio', { name: 'Test' }));
    expect(await within(screen.getByRole('banner')).findByRole('status')).toHaveTextContent('Test data: you are looking at test orders.');
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

  it('leads an admin to the settings from the navigation, marked current on each of their pages; support has none', async () => {
    const { user } = await renderApp({ as: 'admin', path: '/orders' });
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    await user.click(within(nav).getByRole('link', { name: 'Settings' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Billing details' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');
    await user.click(screen.getByRole('link', { name: 'Team' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Team' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');
    cleanup();

    await renderApp({ as: 'support', path: '/orders' });
    expect(within(await screen.findByRole('navigation', { name: 'Main' })).queryByRole('link', { name: 'Settings' })).not.toBeInTheDocument();
  });

  it("labels the search's shortcut as the keyboard does: Strg on a German one", async () => {
    await renderApp({ as: 'admin', path: '/orders', language: 'de' });
    const search = within(await screen.findByRole('banner')).getByRole('button', { name: /^Suchen/ });
    expect(search).toHaveAttribute('aria-keyshortcuts', 'Control+K');
    expect(search).toHaveTextContent(/Strg K$/);
  });

  describe('on a phone', () => {
    atPhoneWidth();

    it('keeps the closed navigation out of the Tab order, and its toggle says what it does', async () => {
      const user = userEvent.setup();
      await renderApp({ as: 'admin', path: '/orders' });
      await screen.findByRole('heading', { level: 1, name: 'Orders' });
      const nav = document.getElementById('main-navigation');
      expect(nav).toHaveAttribute('inert');
      // jsdom applies the stylesheet's wide-screen rules whatever the window: the toggle has no role there.
      const toggle = screen.getByLabelText('Open the navigation', { selector: 'button' });
      expect(toggle).toHaveAttribute('aria-expanded', 'false');
      expect(toggle).toHaveAttribute('aria-controls', 'main-navigation');

      await user.click(toggle);
      expect(screen.getByLabelText('Close the navigation', { selector: 'button' })).toHaveAttribute('aria-expanded', 'true');
      expect(nav).not.toHaveAttribute('inert');
      // The page behind the open navigation is out of reach until Escape closes it.
      expect(document.getElementById('main')).toHaveAttribute('inert');
      await user.keyboard('{Escape}');
      const closedToggle = screen.getByLabelText('Open the navigation', { selector: 'button' });
      expect(closedToggle).toHaveAttribute('aria-expanded', 'false');
      expect(nav).toHaveAttribute('inert');
      expect(document.getElementById('main')).not.toHaveAttribute('inert');
    });

    it('opens the search from an icon in the header, with no keyboard to press Ctrl K on', async () => {
      const user = userEvent.setup();
      await renderApp({ as: 'admin', path: '/orders' });
      await screen.findByRole('heading', { level: 1, name: 'Orders' });
      const search = within(screen.getByRole('banner')).getByRole('button', { name: 'Search or go to…' });
      expect(search).not.toHaveAttribute('aria-keyshortcuts');
      await user.click(search);
      expect(await screen.findByRole('dialog', { name: 'Search or go to' })).toBeInTheDocument();
    });
  });
});
