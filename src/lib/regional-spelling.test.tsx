import { createI18n, setSpellingRegion } from './i18n';

// A .tsx test: the i18n instance marks the page's language on the document.
describe("a Swiss merchant's German", () => {
  const i18n = createI18n(
    { de: { common: { closeFor: 'Schließen für {{name}}', street: 'Straße', chosen: 'Wählen Sie „{{option}}“ oder ‚Andere‘' } }, fr: { common: { street: 'Rue (Straße)' } } },
    'de',
  );
  // Keys of these test messages, not of the app's catalogues.
  const t = (key: string, values?: Record<string, string>) => (i18n.t as unknown as (key: string, values?: Record<string, string>) => string)(key, values);

  it("spells the messages' own words with ss, and leaves a name or a search given to them as it is", () => {
    setSpellingRegion('CH');
    expect(t('street')).toBe('Strasse');
    expect(t('closeFor', { name: 'Jürgen Strauß' })).toBe('Schliessen für Jürgen Strauß');
  });

  it('quotes with guillemets, as Switzerland does, and leaves the quotes of what it was given', () => {
    setSpellingRegion('CH');
    expect(t('chosen', { option: 'Sonstiges' })).toBe('Wählen Sie «Sonstiges» oder ‹Andere›');
    expect(t('chosen', { option: '„Neu“' })).toBe('Wählen Sie «„Neu“» oder ‹Andere›');
    setSpellingRegion('DE');
    expect(t('chosen', { option: 'Sonstiges' })).toBe('Wählen Sie „Sonstiges“ oder ‚Andere‘');
  });

  it('keeps ß for a merchant elsewhere, and in another language', async () => {
    setSpellingRegion('BE');
    expect(t('street')).toBe('Straße');
    setSpellingRegion('CH');
    await i18n.changeLanguage('fr');
    expect(t('street')).toBe('Rue (Straße)');
    await i18n.changeLanguage('de');
  });
});
