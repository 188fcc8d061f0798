import { readDemoConfig } from './config';

const storage = (values: Record<string, string>) => ({ getItem: (key: string) => values[key] ?? null });

describe('demo config', () => {
  it('defaults to seed 1, 2000 orders per world and the real date', () => {
    expect(readDemoConfig(storage({}))).toEqual({ seed: 1, ordersPerWorld: 2000, today: null });
  });

  it('reads the seed, the size and a pinned day', () => {
    const config = readDemoConfig(
      storage({ 'comptoir.demo.seed': '42', 'comptoir.demo.ordersPerWorld': '100000', 'comptoir.demo.today': '2026-11-24' }),
    );
    expect(config).toEqual({ seed: 42, ordersPerWorld: 100_000, today: '2026-11-24' });
  });

  it('ignores malformed or out-of-range values', () => {
    const config = readDemoConfig(
      storage({ 'comptoir.demo.seed': 'abc', 'comptoir.demo.ordersPerWorld': '5000000', 'comptoir.demo.today': '2026-02-30' }),
    );
    expect(config).toEqual({ seed: 1, ordersPerWorld: 2000, today: null });
  });
});
