import { ordersCatalogue } from './index';

function keysOf(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keysOf(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('the orders catalogues', () => {
  it('say the same things in every language', () => {
    const english = keysOf(ordersCatalogue.en).sort();
    for (const catalogue of [ordersCatalogue.fr, ordersCatalogue.nl, ordersCatalogue.de]) {
      expect(keysOf(catalogue).sort()).toEqual(english);
    }
  });
});
