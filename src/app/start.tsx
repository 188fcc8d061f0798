import { backendFailure, forgetDemoData, mockBackend } from '@mocks/page-start';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { BackendFailure } from '@/app/backend-failure';
import { prefetchFirstPage, preloadPageCode, whenFirstPageShown } from '@/app/first-page';
import { AppProvider } from '@/app/provider';
import { loadLanguages } from '@/app/languages/load';
import { createI18n, initialLanguage } from '@/lib/i18n';
import { createQueryClient, tabChannelName } from '@/lib/query-client';

/** Renders the app into #root; the page's entry (src/main.tsx) calls it once the modules are evaluated. */
export async function start() {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  const language = initialLanguage();
  const catalogues = loadLanguages(language);
  preloadPageCode(window.location.pathname);
  // A write in one tab refreshes what the others show.
  const queryClient = createQueryClient({ otherTabs: typeof BroadcastChannel === 'function' ? new BroadcastChannel(tabChannelName) : undefined });
  prefetchFirstPage(queryClient, window.location);
  const i18n = createI18n(await catalogues, language);
  const reactRoot = createRoot(root);
  // As a transition, React renders the first page in slices that let the browser in between: its
  // list may already be in the cache, and rendered in one go it held the page for some 200 ms.
  startTransition(() =>
    reactRoot.render(
      <StrictMode>
        <App queryClient={queryClient} i18n={i18n} />
      </StrictMode>,
    ),
  );
  // Shown once the app is rendered, in its place (a build for a real API has no embedded backend).
  if (mockBackend) {
    void whenFirstPageShown(queryClient).then(mockBackend.firstPageShown);
    void backendFailure.then((failure) => {
      if (!failure) return;
      console.error('The demo backend could not start', failure.error);
      reactRoot.render(
        <AppProvider queryClient={queryClient} i18n={i18n}>
          <BackendFailure onReset={forgetDemoData} onReload={() => window.location.reload()} />
        </AppProvider>,
      );
    });
  }
}
