import { server } from '../node';
import { watchContract } from './contract-conformance';

// Handler tests call fetch as the app does; msw/node answers with the real handlers, and every
// answer is held to the OpenAPI document.
const contract = watchContract(server);

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(async () => {
  server.resetHandlers();
  await contract.assertKept();
});
afterAll(() => server.close());
