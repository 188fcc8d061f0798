import { resources } from '@/app/resources';
import { languages } from '@/lib/i18n';
import { loadLanguages } from './load';

describe('the catalogues loaded per language', () => {
  it.each(languages.map(({ code }) => code))('hold every namespace the app knows in %s, English beside it', async (code) => {
    const loaded = await loadLanguages(code);
    expect(Object.keys(loaded).sort()).toEqual([...new Set(['en', code])].sort());
    expect(loaded[code]).toEqual(resources[code]);
    expect(loaded.en).toEqual(resources.en);
  });
});
