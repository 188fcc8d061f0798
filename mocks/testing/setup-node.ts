import { server } from '../node';

// Handler tests call fetch as the app does; msw/node answers with the real handlers.
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
