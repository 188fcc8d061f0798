import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient } from '@tanstack/react-query';
import { AppProvider } from './provider';
import { resources } from './resources';
import { BackendFailure } from './backend-failure';
import { createI18n } from '@/lib/i18n';

function renderFailure(onReset: () => Promise<void>, onReload = vi.fn()) {
  render(
    <AppProvider queryClient={new QueryClient()} i18n={createI18n(resources, 'en')} env="test">
      <BackendFailure onReset={onReset} onReload={onReload} />
    </AppProvider>,
  );
  return { onReload, user: userEvent.setup() };
}

describe('when the demo backend cannot start', () => {
  it('says so instead of a blank page, and starts over from the seed on request', async () => {
    const onReset = vi.fn(() => Promise.resolve());
    const { user, onReload } = renderFailure(onReset);
    expect(screen.getByRole('heading', { level: 1, name: 'The demo could not start' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reset the demo data and start again' }));
    expect(onReset).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(onReload).toHaveBeenCalledTimes(1));
  });

  it('tells when even the reset failed, and still offers a reload', async () => {
    const { user, onReload } = renderFailure(() => Promise.reject(new Error('blocked')));
    await user.click(screen.getByRole('button', { name: 'Reset the demo data and start again' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be deleted');
    await user.click(screen.getByRole('button', { name: 'Reload' }));
    expect(onReload).toHaveBeenCalledTimes(1);
  });
});
