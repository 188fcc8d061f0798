// The embedded backend's worker starts first: its start is the longest step of a cold load.
import '@mocks/page-start';
import './styles.css';

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

// The browser loads the data behind every locale's number and date formats when the page makes its
// first formatter, some 20 ms of this thread: made while the page waits for its code, that is not
// spent in the render of the first list, whose amounts and dates need them.
if (typeof requestIdleCallback === 'function') {
  requestIdleCallback(() => {
    new Intl.NumberFormat().format(0);
    new Intl.DateTimeFormat().format(0);
  });
}

// React's DOM, the app's modules and the app's start each run in a task of their own: evaluated in
// one, the page's modules made the longest task of a new tab. index.html preloads both chunks
// (vite.config.ts), so that neither waits for the other's download.
void (async () => {
  await import('react-dom/client');
  await nextTask();
  const { start } = await import('@/app/start');
  await nextTask();
  await start();
})();
