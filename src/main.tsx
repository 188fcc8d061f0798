import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { BackendFailure } from '@/app/backend-failure';
import { AppProvider } from '@/app/provider';
import { resources } from '@/app/resources';
import { env } from '@/lib/env';
import { createI18n, initialLanguage } from '@/lib/i18n';
import { createQueryClient } from '@/lib/query-client';
import './styles.css';

async function start() {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  const i18n = createI18n(resources, initialLanguage());
  const queryClient = createQueryClient();
  // The embedded backend answers in the browser; loaded on demand so a real-API build never ships it.
  if (env.mocksEnabled) {
    const backend = await import('@mocks/browser');
    try {
      await backend.startMockBackend();
    } catch (error) {
      console.error('The demo backend could not start', error);
      createRoot(root).render(
        <AppProvider queryClient={queryClient} i18n={i18n}>
          <BackendFailure onReset={backend.forgetDemoData} onReload={() => window.location.reload()} />
        </AppProvider>,
      );
      return;
    }
  }
  createRoot(root).render(
    <StrictMode>
      <App queryClient={queryClient} i18n={i18n} />
    </StrictMode>,
  );
}

void start();
