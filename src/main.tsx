import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { resources } from '@/app/resources';
import { env } from '@/lib/env';
import { createI18n, initialLanguage } from '@/lib/i18n';
import { createQueryClient } from '@/lib/query-client';
import './styles.css';

async function start() {
  // The embedded backend answers in the browser; loaded on demand so a real-API build never ships it.
  if (env.mocksEnabled) {
    const { startMockBackend } = await import('@mocks/browser');
    await startMockBackend();
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <App queryClient={createQueryClient()} i18n={createI18n(resources, initialLanguage())} />
    </StrictMode>,
  );
}

void start();
