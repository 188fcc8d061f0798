import { describe, expect, it } from 'vitest';
import { sameData } from './same-data';

describe('sameData', () => {
  it('holds for equal answers read twice, nested objects and arrays included', () => {
    const read = () => JSON.parse('{"orderNumber":"100042","customer":{"name":"Ana","type":"person"},"lines":[1,2],"note":null}') as unknown;
    expect(sameData(read(), read())).toBe(true);
  });

  it('tells any change apart, however deep', () => {
    const order = { orderNumber: '100042', customer: { name: 'Ana' }, lines: [1, 2], note: null };
    expect(sameData(order, { ...order, customer: { name: 'Anna' } })).toBe(false);
    expect(sameData(order, { ...order, lines: [1, 2, 3] })).toBe(false);
    expect(sameData(order, { ...order, note: 'late' })).toBe(false);
    expect(sameData({ a: undefined }, { b: undefined })).toBe(false);
    expect(sameData([1], { 0: 1 })).toBe(false);
    expect(sameData(null, {})).toBe(false);
  });
});
