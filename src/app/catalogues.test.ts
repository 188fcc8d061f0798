import { namespaces } from './resources';

/** Every leaf key of a catalogue, as "a.b.c", with its message. */
function entriesOf(tree: object, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] =>
    typeof value === 'object' && value !== null ? entriesOf(value as object, `${prefix}${key}.`) : [[`${prefix}${key}`, String(value)]],
  );
}

/** The placeholders a message fills in, such as {{orderNumber}}. */
const placeholdersOf = (message: string) => [...message.matchAll(/\{\{\s*(\w+)/g)].map((match) => match[1]).sort();

// The app's own source (not its tests), as text.
const sources = import.meta.glob<string>(['/src/**/*.{ts,tsx}', '!/src/**/*.test.{ts,tsx}'], { query: '?raw', import: 'default', eager: true });

describe.each(Object.entries(namespaces))('the %s catalogues', (_namespace, catalogue) => {
  const english = new Map(entriesOf(catalogue.en));

  it.each(['fr', 'nl', 'de'] as const)('%s says everything English says, with the same placeholders', (language) => {
    const translated = new Map(entriesOf(catalogue[language]));
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, message] of english) {
      expect({ key, placeholders: placeholdersOf(translated.get(key)!) }).toEqual({ key, placeholders: placeholdersOf(message) });
    }
  });
});

describe('keys kept as data', () => {
  it('name a message that exists: every "namespace:key" written in the source', () => {
    const known = new Set(Object.entries(namespaces).flatMap(([namespace, catalogue]) => entriesOf(catalogue.en).map(([key]) => `${namespace}:${key}`)));
    // Only keys with a dot: "orders:change" is a permission's name, not a message.
    const pattern = new RegExp(`['"\`]((?:${Object.keys(namespaces).join('|')}):\\w[\\w-]*\\.[\\w.-]+)['"\`]`, 'g');
    const written = Object.entries(sources).flatMap(([file, text]) => [...text.matchAll(pattern)].map((match) => ({ file, key: match[1]! })));
    expect(written.length).toBeGreaterThan(20);
    expect(written.filter(({ key }) => !known.has(key))).toEqual([]);
  });
});
