import { onTestFinished } from 'vitest';
import { server } from '@mocks/node';

/**
 * The queries of the requests the app sends to a path ending in `pathEnd`, from now until the test
 * ends, as the handlers see them. Only this listener is removed at the end: the contract's watcher,
 * which every test keeps, stays on.
 */
export function queriesSeen(pathEnd: string): URLSearchParams[] {
  const seen: URLSearchParams[] = [];
  const listener = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    if (url.pathname.endsWith(pathEnd)) seen.push(url.searchParams);
  };
  server.events.on('request:start', listener);
  onTestFinished(() => server.events.removeListener('request:start', listener));
  return seen;
}
