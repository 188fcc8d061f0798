import { http } from 'msw';
import { server } from '@mocks/node';

/**
 * From now on the API holds every `method` request to `path` until the function returned is
 * called, as a slow server or a large world would: the page shows what it does meanwhile.
 */
export function holdRequests(method: 'get' | 'post', path: string): () => void {
  let release = () => {};
  const held = new Promise<void>((done) => (release = done));
  server.use(
    http[method](path, async () => {
      await held;
      return undefined;
    }),
  );
  return release;
}

/** Every orders list asked for from now on, held until the function returned is called. */
export const holdOrderLists = () => holdRequests('get', '*/api/orders');
