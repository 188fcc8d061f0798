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

/**
 * Keeps `text` in `storage` under `key`, or removes what is there when `text` is null. False when
 * the storage refused (a full one, or a write the browser forbids): what is kept there is a convenience, so a refusal must
 * never break the form or the page that writes it.
 */
export function keepText(storage: Storage, key: string, text: string | null): boolean {
  try {
    if (text === null) storage.removeItem(key);
    else storage.setItem(key, text);
    return true;
  } catch {
    return false;
  }
}

/** Keeps `value` as JSON in `storage` under `key` (null removes it), as `keepText` does. */
export function writeStored(storage: Storage, key: string, value: unknown): boolean {
  return keepText(storage, key, value === null ? null : JSON.stringify(value));
}
