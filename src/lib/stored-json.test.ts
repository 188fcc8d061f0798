import { z } from 'zod';
import { readStored } from './stored-json';

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
