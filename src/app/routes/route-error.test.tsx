import { screen, within } from '@testing-library/react';
import { renderApp } from '@/testing/render-app';

// Stand-ins for pages that break: one throws while rendering, one's code never arrives, and the
// sign-in page, outside the frame, throws too. The router, the frame and the error page are real.
const pages = vi.hoisted(() => ({ broken: true }));

vi.mock('@/app/routes/api-reference', async () => {
  const { createElement } = await import('react');
  return {
    ApiReferenceRoute: () => {
      if (pages.broken) throw new Error('Boom: secret internals of the API reference');
      return createElement('h1', null, 'API reference, working again');
    },
  };
});

vi.mock('@/app/routes/support', () => {
  throw new TypeError('Failed to fetch dynamically imported module: /assets/support-3f9a1c.js');
});

vi.mock('@/app/routes/sign-in', () => ({
  SignInRoute: () => {
    throw new Error('Boom: secret internals of sign-in');
  },
}));

const leaks = /Boom|secret internals|route-error\.test|Unexpected Application Error|Hey developer/;

describe('a page that breaks', () => {
  let consoleError: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    pages.broken = true;
    consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => consoleError.mockRestore());

  it('says so in plain words inside the frame, and shows the page again once it works', async () => {
    const { user } = await renderApp({ path: '/api-reference', as: 'admin' });

    const main = await screen.findByRole('main');
    expect(await within(main).findByRole('heading', { level: 1, name: 'Something went wrong on this page' })).toBeInTheDocument();
    expect(within(main).getByText(/Nothing you saved is lost/)).toBeInTheDocument();
    expect(within(main).getByRole('link', { name: 'Go to the orders list' })).toHaveAttribute('href', '/orders');
    // The navigation stays, so the rest of the app is one click away.
    expect(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Orders' })).toBeInTheDocument();
    // The details are for developers, in the console; none of them reach the screen.
    expect(document.body).not.toHaveTextContent(leaks);
    expect(consoleError).toHaveBeenCalledWith(expect.any(String), expect.objectContaining({ message: expect.stringContaining('Boom') }));

    pages.broken = false;
    await user.click(within(main).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'API reference, working again' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Something went wrong on this page' })).not.toBeInTheDocument();
  });

  it('leaves the other pages working: the navigation leads away from it', async () => {
    const { user } = await renderApp({ path: '/api-reference', as: 'admin' });
    expect(await screen.findByRole('heading', { name: 'Something went wrong on this page' })).toBeInTheDocument();

    await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Orders' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Orders' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Something went wrong on this page' })).not.toBeInTheDocument();
  });

  it('whose code did not arrive offers to load the app again, in the user’s language', async () => {
    const { user } = await renderApp({ path: '/orders', as: 'admin', language: 'fr' });
    await user.click(within(await screen.findByRole('navigation', { name: 'Principale' })).getByRole('link', { name: 'Support' }));

    const main = screen.getByRole('main');
    expect(await within(main).findByRole('heading', { level: 1, name: 'Un problème est survenu sur cette page' })).toBeInTheDocument();
    expect(within(main).getByText(/Réessayer recharge la page/)).toBeInTheDocument();
    expect(within(main).getByRole('button', { name: 'Réessayer' })).toBeInTheDocument();
    expect(within(main).getByRole('link', { name: 'Aller à la liste des commandes' })).toHaveAttribute('href', '/orders');
    expect(document.body).not.toHaveTextContent(/support-3f9a1c|Failed to fetch|PageLoadError/);
  });

  it('outside the frame stands alone as the page’s main content', async () => {
    await renderApp({ path: '/sign-in' });

    const main = await screen.findByRole('main');
    expect(within(main).getByRole('heading', { level: 1, name: 'Something went wrong on this page' })).toBeInTheDocument();
    expect(within(main).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(leaks);
  });
});
