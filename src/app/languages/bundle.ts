import type { ResourceLanguage } from 'i18next';

/** The namespace a catalogue file belongs to, from where it lives: the shell's, the shared components' or a feature's. */
export function namespaceOf(path: string): string {
  if (path.startsWith('/src/app/')) return 'shell';
  if (path.startsWith('/src/components/')) return 'common';
  const feature = /^\/src\/features\/([^/]+)\//.exec(path)?.[1] ?? '';
  // Folders are kebab-case, namespaces camelCase: api-reference → apiReference.
  return feature.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
}

/** One language's catalogues, keyed by namespace. */
export function bundleOf(files: Record<string, Record<string, unknown>>): ResourceLanguage {
  return Object.fromEntries(Object.entries(files).map(([path, catalogue]) => [namespaceOf(path), catalogue]));
}
