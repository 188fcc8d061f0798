import { parseActivityParams, toSearchParams, worldsShown } from './activity-params';

describe('the activity filters in the URL', () => {
  it('read back what they wrote', () => {
    const params = { person: 'finance@atelier-lumiere.example', kinds: ['order-activated' as const, 'signed-in' as const], worlds: ['test' as const, 'none' as const], from: '2026-11-01', to: '2026-11-24', page: 2 };
    expect(parseActivityParams(toSearchParams(params))).toEqual(params);
  });

  it('leave out what the API would refuse', () => {
    expect(parseActivityParams(new URLSearchParams('kind=order-eaten,signed-in&mode=staging,live&from=yesterday&page=-3'))).toEqual({ person: null, kinds: ['signed-in'], worlds: ['live'], from: null, to: null, page: 1 });
  });
});

describe('the worlds the log shows', () => {
  it("are the header's world and the changes of neither, or the chosen ones among them", () => {
    expect(worldsShown([], 'live')).toEqual(['live', 'none']);
    expect(worldsShown(['none'], 'test')).toEqual(['none']);
    expect(worldsShown(['test', 'none'], 'test')).toEqual(['test', 'none']);
  });

  it("never hold the other world's, even when the address asks for it", () => {
    expect(worldsShown(['test'], 'live')).toEqual(['live', 'none']);
    expect(worldsShown(['live', 'none'], 'test')).toEqual(['none']);
  });
});
