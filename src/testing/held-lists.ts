import { http } from 'msw';
import { server } from '@mocks/node';

/**
 * From now on the API holds every orders list asked for until the function returned is called, as
 * a large world or a slow machine would: the page shows what it had until then.
 */
export function holdOrderLists(): () => void {
  let release = () => {};
  const held = new Promise<void>((done) => (release = done));
  server.use(
    http.get('*/api/orders', async () => {
      await held;
      return undefined;
    }),
  );
  return release;
}
