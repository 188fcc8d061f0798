import { namespaces } from './resources';
import { documentTexts } from '@mocks/pdf/document-texts';
import { statementTexts } from '@mocks/pdf/statement-texts';
import { orderCsvHeaders, statementCsvHeaders } from '@mocks/rules/csv-headers';
import { activityTexts } from '@mocks/rules/activity-texts';
import { valueTexts } from '@mocks/rules/value-texts';

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

describe("the backend's words for the values it writes into files", () => {
  it.each(['en', 'fr', 'nl', 'de'] as const)('are the app\'s words in %s, so a screen and a file agree', (language) => {
    const orders = namespaces.orders[language];
    const statements = namespaces.statements[language];
    const common = namespaces.common[language];
    const support = namespaces.support[language];
    const files = valueTexts[language];
    expect({
      status: files.status,
      paymentMethod: files.paymentMethod,
      paymentState: files.paymentState,
      shipping: files.shipping,
      completeness: files.completeness,
      customerType: files.customerType,
      reasons: files.reasons,
      types: files.movementTypes,
      descriptions: files.descriptions,
      describedWithReason: files.describedWithReason,
      topics: files.topics,
    }).toEqual({
      status: orders.status,
      paymentMethod: orders.paymentMethod,
      paymentState: orders.paymentState,
      shipping: orders.shipping,
      completeness: orders.completeness,
      customerType: orders.customerType,
      reasons: common.reasons,
      types: statements.types,
      descriptions: statements.descriptions,
      describedWithReason: statements.describedWithReason,
      topics: support.topics,
    });
  });
});

describe("the backend's words for the activity log's spreadsheet", () => {
  it.each(['en', 'fr', 'nl', 'de'] as const)("are the activity page's words in %s", (language) => {
    const page = namespaces.activity[language];
    const { vatNumber_CH: _swiss, ...billingFields } = page.billingFields;
    expect(activityTexts[language]).toEqual({ kinds: page.kinds, worlds: { live: page.worlds.live, test: page.worlds.test }, roles: page.roles, billingFields });
  });
});

describe('the words for a statement and a payment reference', () => {
  it.each(['en', 'fr', 'nl', 'de'] as const)('are one word each in %s, on every page and in every file', (language) => {
    const paymentReference = namespaces.orders[language].columns.paymentReference;
    expect({
      statementPage: namespaces.statements[language].movement.paymentReference,
      statementPdf: statementTexts[language].paymentReference,
      statementCsv: statementCsvHeaders.paymentReference![language],
      orderCsv: orderCsvHeaders.paymentReference![language],
      orderPdf: documentTexts[language].paymentReference,
    }).toEqual({ statementPage: paymentReference, statementPdf: paymentReference, statementCsv: paymentReference, orderCsv: paymentReference, orderPdf: paymentReference });
    // The PDF's footer names the statement as the page's title does ("Statement 2026-W47"), whose week is marked to stay on one line.
    const title = namespaces.statements[language].detail.title.replace('<week>{{week}}</week>', '2026-W47');
    expect(statementTexts[language].footer('2026-W47', 'Atelier Lumière', '3333')).toMatch(new RegExp(`^${title},`));
  });

  it('are "afschrift" and "betalingskenmerk" in Dutch, never "overzicht" nor "betalingsreferentie"', () => {
    const pdf = statementTexts.nl;
    const files = [pdf.title, pdf.utcDays, pdf.paymentReference, pdf.footer('2026-W47', 'Atelier Lumière', '3333'), documentTexts.nl.pleasePay('€ 10,00', 'Comptoir', '1-12-2026')];
    const pages = Object.values(namespaces).flatMap((catalogue) => entriesOf(catalogue.nl).map(([, message]) => message));
    expect([...pages, ...files].filter((words) => /overzicht|betalingsreferentie/i.test(words))).toEqual([]);
  });
});

describe('the provider', () => {
  // One name per language, the one most screens already used: a second word reads as a second company.
  const otherNames = { en: /\b(supplier|vendor)\b/i, fr: /\b(fournisseur|provider)/i, nl: /aanbieder/i, de: /provider|dienstleister/i } as const;

  it.each(Object.entries(otherNames))('has one name in every %s catalogue', (language, other) => {
    const named = Object.entries(namespaces).flatMap(([namespace, catalogue]) =>
      entriesOf(catalogue[language as keyof typeof otherNames]).flatMap(([key, message]) => (other.test(message) ? [`${namespace}:${key}: ${message}`] : [])),
    );
    expect(named).toEqual([]);
  });
});
