import { createRandom, weightTable } from './seeded-random';

describe('seeded random', () => {
  it('repeats the same sequence for the same parts and differs otherwise', () => {
    const draw = (...parts: (string | number)[]) => {
      const random = createRandom(...parts);
      return Array.from({ length: 5 }, () => random.next());
    };
    expect(draw(1, '3333', 'live')).toEqual(draw(1, '3333', 'live'));
    expect(draw(1, '3333', 'live')).not.toEqual(draw(1, '3333', 'test'));
  });

  it('stays within bounds and follows the weights', () => {
    const random = createRandom('bounds');
    const table = weightTable({ often: 9, rarely: 1 });
    let often = 0;
    for (let i = 0; i < 2000; i += 1) {
      const value = random.int(3, 5);
      expect(value).toBeGreaterThanOrEqual(3);
      expect(value).toBeLessThanOrEqual(5);
      if (random.weighted(table) === 'often') often += 1;
    }
    expect(often).toBeGreaterThan(1650);
    expect(often).toBeLessThan(1950);
  });
});
