import { z } from 'zod';
import { readStored, writeStored } from './stored-json';

/** A storage holding `items`, or one that refuses to be read (a browser's blocked storage). */
function storageOf(items: Record<string, string>, refuses = false): Storage {
  return {
    getItem: (key: string) => {
      if (refuses) throw new DOMException('The operation is insecure.', 'SecurityError');
      return items[key] ?? null;
    },
  } as Storage;
}

const schema = z.object({ view: z.string() });

describe('what a storage kept, read back', () => {
  it('is the value when it is JSON of the expected shape', () => {
    expect(readStored(storageOf({ kept: '{"view":"status=paid"}' }), 'kept', schema)).toEqual({ view: 'status=paid' });
  });

  it.each([
    ['nothing', {}, false],
    ['no JSON', { kept: '{view' }, false],
    ['another shape', { kept: '{"view":1}' }, false],
    ['a storage that refuses', { kept: '{"view":"x"}' }, true],
  ] as const)('is none for %s', (_, items, refuses) => {
    expect(readStored(storageOf(items, refuses), 'kept', schema)).toBeNull();
  });
});

describe('a value kept in a storage', () => {
  const quotaExceeded = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };

  it('is written as JSON, and a null removes what was kept', () => {
    const items = new Map<string, string>();
    const storage = { setItem: (key: string, text: string) => items.set(key, text), removeItem: (key: string) => items.delete(key) } as unknown as Storage;
    expect(writeStored(storage, 'kept', { view: 'status=paid' })).toBe(true);
    expect(items.get('kept')).toBe('{"view":"status=paid"}');
    expect(writeStored(storage, 'kept', null)).toBe(true);
    expect(items.has('kept')).toBe(false);
  });

  it('is refused without a throw by a full or blocked storage', () => {
    const storage = { setItem: quotaExceeded, removeItem: quotaExceeded } as unknown as Storage;
    expect(writeStored(storage, 'kept', { view: 'x' })).toBe(false);
    expect(writeStored(storage, 'kept', null)).toBe(false);
  });
});
