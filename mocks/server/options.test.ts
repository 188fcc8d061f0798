import { describe, expect, it } from 'vitest';
import { defaultOptions, parseOptions, UsageError } from './options';

describe('the API server flags', () => {
  it('fills in the defaults', () => {
    expect(parseOptions([])).toEqual(defaultOptions);
  });

  it('reads every flag', () => {
    const argv = ['--port', '0', '--seed', '7', '--orders-per-world', '300', '--today', '2026-11-24', '--data', 'a.jsonl', '--fresh'];
    expect(parseOptions(argv)).toEqual({ port: 0, seed: 7, ordersPerWorld: 300, today: '2026-11-24', data: 'a.jsonl', fresh: true });
  });

  it.each([
    [['--port', '70000'], /--port/],
    [['--orders-per-world', '0'], /--orders-per-world/],
    [['--seed', '-1'], /seed/],
    [['--today', '2026-02-30'], /--today/],
    [['--colour'], /colour/],
    [['--data'], /data/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseOptions(argv)).toThrow(UsageError);
    expect(() => parseOptions(argv)).toThrow(message);
  });
});
