import '@testing-library/jest-dom/vitest';
import { notifications } from '@mantine/notifications';
import { cleanup, configure } from '@testing-library/react';
import { server } from '@mocks/node';
import { watchContract } from '@mocks/testing/contract-conformance';
import { setSpellingRegion } from '@/lib/i18n';

// A section's code loads on first visit; the first test to open it waits for the import too.
configure({ asyncUtilTimeout: 5000 });

// jsdom lacks what Mantine measures and scrolls with.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});
window.ResizeObserver = class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
Element.prototype.scrollIntoView = () => {};
// Mantine's autosizing textarea listens for web fonts loading.
Object.defineProperty(document, 'fonts', {
  value: { addEventListener: () => {}, removeEventListener: () => {}, ready: Promise.resolve() },
});

// Every answer the app receives in a test is held to the OpenAPI document.
const contract = watchContract(server);

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(async () => {
  cleanup();
  // Notifications live in a store shared by every render; a test must not see the last one's.
  notifications.clean();
  server.resetHandlers();
  localStorage.clear();
  sessionStorage.clear();
  // The last test's merchant spells no message of the next one's.
  setSpellingRegion(null);
  await contract.assertKept();
});
afterAll(() => server.close());
