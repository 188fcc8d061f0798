import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { BackendFailure } from '@/app/backend-failure';
import { prefetchFirstPage, preloadPageCode } from '@/app/first-page';
import { AppProvider } from '@/app/provider';
import { loadLanguages } from '@/app/languages/load';
import { env } from '@/lib/env';
import { createI18n, initialLanguage } from '@/lib/i18n';
import { createQueryClient } from '@/lib/query-client';
import './styles.css';

async function start() {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  // The catalogues, the page's code and the embedded backend (loaded on demand, so that a real-API
  // build never ships it) all arrive at once.
  const language = initialLanguage();
  const catalogues = loadLanguages(language);
  preloadPageCode(window.location.pathname);
  const backendCode = env.mocksEnabled ? import('@mocks/browser') : null;
  const i18n = createI18n(await catalogues, language);
  const queryClient = createQueryClient();
  const reactRoot = createRoot(root);
  if (backendCode) {
    const backend = await backendCode;
    const showFailure = (error: unknown) => {
      console.error('The demo backend could not start', error);
      reactRoot.render(
        <AppProvider queryClient={queryClient} i18n={i18n}>
          <BackendFailure onReset={backend.forgetDemoData} onReload={() => window.location.reload()} />
        </AppProvider>,
      );
    };
    const { serving, ready } = backend.startMockBackend();
    // Taken from the start, so that a database failing before the service worker is up is no
    // unhandled rejection; the page shows it once the app is rendered.
    const opening = ready.then(
      () => null,
      (error: unknown) => ({ error }),
    );
    try {
      await serving;
    } catch (error) {
      showFailure(error);
      return;
    }
    // The app renders while the backend opens its database; should that fail, this page says so.
    void opening.then((failure) => failure && showFailure(failure.error));
  }
  prefetchFirstPage(queryClient, window.location);
  reactRoot.render(
    <StrictMode>
      <App queryClient={queryClient} i18n={i18n} />
    </StrictMode>,
  );
}

// In a task of its own: evaluating the page's modules is one long task already, and starting the
// page's requests and code in the same task made it the longest of a new tab.
setTimeout(() => void start(), 0);
