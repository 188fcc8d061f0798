// Passwords are kept as salted PBKDF2 hashes, and the tokens of links as SHA-256 digests: what the
// journal holds gives neither back. Web Crypto runs alike in the browser's worker and in Node.

export interface PasswordHash {
  algorithm: 'PBKDF2-SHA-256';
  iterations: number;
  /** Hex. */
  salt: string;
  /** Hex. */
  hash: string;
}

const iterations = 100_000;
const encoder = new TextEncoder();

function hex(bytes: ArrayBuffer | Uint8Array): string {
  return Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function fromHex(text: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(text.match(/../g)?.map((pair) => parseInt(pair, 16)) ?? []);
}

/** Random bytes as hex: session tokens, link tokens, salts and ids. */
export function randomHex(bytes: number): string {
  return hex(crypto.getRandomValues(new Uint8Array(bytes)));
}

async function derive(password: string, salt: Uint8Array<ArrayBuffer>, rounds: number): Promise<string> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(password), 'PBKDF2', false, ['deriveBits']);
  return hex(await crypto.subtle.deriveBits({ name: 'PBKDF2', salt, iterations: rounds, hash: 'SHA-256' }, key, 256));
}

export async function hashPassword(password: string): Promise<PasswordHash> {
  const salt = randomHex(16);
  return { algorithm: 'PBKDF2-SHA-256', iterations, salt, hash: await derive(password, fromHex(salt), iterations) };
}

export async function passwordMatches(password: string, stored: PasswordHash): Promise<boolean> {
  const hash = await derive(password, fromHex(stored.salt), stored.iterations);
  // Compared whole, whatever differs first.
  let difference = hash.length ^ stored.hash.length;
  for (let index = 0; index < hash.length; index += 1) difference |= hash.charCodeAt(index) ^ stored.hash.charCodeAt(index);
  return difference === 0;
}

/** A token is random enough that a plain digest of it is safe to keep. */
export async function tokenDigest(token: string): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', encoder.encode(token)));
}
