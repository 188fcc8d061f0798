import { act, screen } from '@testing-library/react';
import { renderApp } from '@/testing/render-app';

describe('the language', () => {
  it('follows the choice made in another tab of the browser', async () => {
    await renderApp({ as: 'admin', path: '/orders' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Orders' })).toBeInTheDocument();

    // What another tab's choice looks like here: its stored value changes, and the browser says so.
    act(() => {
      localStorage.setItem('comptoir.language', 'nl');
      window.dispatchEvent(new StorageEvent('storage', { key: 'comptoir.language', oldValue: 'en', newValue: 'nl' }));
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Bestellingen' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('nl');
  });
});
