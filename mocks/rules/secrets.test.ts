import { hashPassword, passwordMatches, randomHex, tokenDigest } from './secrets';

describe('password hashes', () => {
  it('match the password they were made from and no other', async () => {
    const stored = await hashPassword('lantern-orchard-42');
    expect(await passwordMatches('lantern-orchard-42', stored)).toBe(true);
    expect(await passwordMatches('lantern-orchard-43', stored)).toBe(false);
    expect(await passwordMatches('', stored)).toBe(false);
  });

  it('hold neither the password nor the same hash twice: each has its own salt', async () => {
    const first = await hashPassword('lantern-orchard-42');
    const second = await hashPassword('lantern-orchard-42');
    expect(JSON.stringify(first)).not.toContain('lantern');
    expect(first.salt).not.toBe(second.salt);
    expect(first.hash).not.toBe(second.hash);
    expect(first).toMatchObject({ algorithm: 'PBKDF2-SHA-256', iterations: 100_000, salt: expect.stringMatching(/^[0-9a-f]{32}$/), hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });
});

describe('tokens', () => {
  it('are random, and kept as a digest that is always the same for the same token', async () => {
    const token = randomHex(32);
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    expect(randomHex(32)).not.toBe(token);
    expect(await tokenDigest(token)).toBe(await tokenDigest(token));
    expect(await tokenDigest(token)).not.toContain(token);
  });
});
