import type { z } from 'zod';

/**
 * What `storage` keeps under `key`, read back as untrusted input: null when it holds nothing, when
 * that is no JSON or does not match `schema`, or when the storage refuses to be read.
 */
export function readStored<Schema extends z.ZodType>(storage: Storage, key: string, schema: Schema): z.infer<Schema> | null {
  try {
    const text = storage.getItem(key);
    if (text === null) return null;
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
