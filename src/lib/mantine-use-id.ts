// The app's stand-in for @mantine/hooks' useId (vite.config.ts puts it there, in the build and the
// dev server; Vitest leaves Mantine as it is). Mantine's own starts from React's id, then swaps it
// for a random one once mounted: a second render, before the first paint, of every component that
// asks for an id, some hundred of them on the orders page. The app has a single React root, so
// React's ids are unique in the page as they are.
import { useId as useReactId } from 'react';

export function useId(staticId?: string): string {
  const reactId = useReactId();
  return staticId ?? `mantine-${reactId.replace(/:/g, '')}`;
}
