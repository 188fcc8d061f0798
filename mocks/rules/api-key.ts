import { apiKeyPrefixes, type ApiKey } from '@/contract/account';
import type { Mode } from '@/contract/common';

// An API key is shown whole once, when it is made; the provider keeps only its SHA-256 hash, which
// is enough to recognise the key when it is sent again and useless to anyone who reads the store.

/** A key as kept: what the merchant sees of it, whose it is and the hash of its secret. */
export interface ApiKeyRecord extends ApiKey {
  merchantId: string;
  secretHash: string;
}

const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const secretLength = 32;

/** A new secret of `mode`: its prefix, then 32 random letters and digits (about 190 bits). */
export function newSecret(mode: Mode): string {
  let secret = apiKeyPrefixes[mode];
  while (secret.length < apiKeyPrefixes[mode].length + secretLength) {
    // Bytes from 248 up are dropped, so that every character is as likely as any other.
    for (const byte of crypto.getRandomValues(new Uint8Array(secretLength))) {
      if (byte < 248 && secret.length < apiKeyPrefixes[mode].length + secretLength) secret += alphabet[byte % 62];
    }
  }
  return secret;
}

export function newKeyId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `key_${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

export async function secretHash(secret: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(secret));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The world a presented key claims by its prefix; null when it is no key of ours. */
export function modeOfSecret(secret: string): Mode | null {
  const mode = (Object.keys(apiKeyPrefixes) as Mode[]).find((candidate) => secret.startsWith(apiKeyPrefixes[candidate]));
  return mode !== undefined && secret.length === apiKeyPrefixes[mode].length + secretLength ? mode : null;
}

/** What the API shows of a kept key. */
export function listedKey({ merchantId: _merchantId, secretHash: _hash, ...key }: ApiKeyRecord): ApiKey {
  return key;
}

/** Newest first. */
export function newestKeysFirst(keys: readonly ApiKeyRecord[]): ApiKeyRecord[] {
  return [...keys].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
}
