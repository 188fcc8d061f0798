import { Database } from './database';
import type { AccountEntry } from './journal';
import { readJournalEntry } from './journal-schema';

const anchor = '2026-11-24';
const changedAt = `${anchor}T10:00:00.000Z`;

const entries: AccountEntry[] = [
  {
    kind: 'billing-details',
    merchantId: '4711',
    details: {
      companyName: 'Bergblick Outdoor AG',
      street: 'Seestrasse 8',
      postalCode: '6004',
      city: 'Luzern',
      country: 'CH',
      vatNumber: 'CHE-123.456.788 MWST',
      invoiceEmail: 'rechnungen@bergblick.example',
      updatedAt: changedAt,
      updatedBy: 'Lukas Meier',
    },
  },
  { kind: 'payout-account', merchantId: '4711', account: { accountHolder: 'Bergblick AG', iban: 'CH9300762011623852957', effectiveFrom: '2026-12-01', changedAt, changedBy: 'Lukas Meier' } },
  {
    kind: 'api-key',
    key: {
      id: 'key_00112233445566aa',
      merchantId: '4711',
      name: 'Shop',
      mode: 'test',
      prefix: 'cpk_test_',
      lastFour: 'Ab12',
      secretHash: 'a'.repeat(64),
      createdAt: changedAt,
      createdBy: 'Lukas Meier',
      revokedAt: null,
      revokedBy: null,
    },
  },
  { kind: 'security-check', merchantId: '4711', check: { requestedAt: changedAt, requestedBy: 'Lukas Meier', passedAt: null } },
];

const freshDatabase = () => new Database({ seed: 1, ordersPerWorld: 10, anchor });

describe("the merchants' accounts", () => {
  it('are seeded: Atelier Lumière has gone live, Bergblick has not', () => {
    const { accounts } = freshDatabase();
    expect(accounts.billingDetails('3333')).toMatchObject({ companyName: 'Atelier Lumière SRL', vatNumber: 'BE0123456749', updatedAt: null });
    expect(accounts.payoutVersions('3333')).toHaveLength(1);
    expect(accounts.securityCheck('3333').requestedAt).not.toBeNull();
    expect(accounts.apiKeys('3333').map((key) => key.mode).sort()).toEqual(['live', 'test', 'test']);
    expect(accounts.payoutVersions('4711')).toEqual([]);
    expect(accounts.securityCheck('4711')).toEqual({ requestedAt: null, requestedBy: null, passedAt: null });
    expect(accounts.apiKeys('4711').map((key) => key.mode)).toEqual(['test']);
  });

  it('take every change the backend records from the stored journal, as it wrote it', () => {
    for (const entry of entries) expect(readJournalEntry(JSON.parse(JSON.stringify(entry)))).toEqual(entry);
    expect(readJournalEntry({ ...entries[2], key: { ...(entries[2] as { key: object }).key, secretHash: 'cpk_test_in-clear' } })).toBeNull();
  });

  it('are rebuilt from a snapshot, and a merchant reset forgets only that merchant’s changes', () => {
    const db = freshDatabase();
    for (const entry of entries) db.apply(entry);
    const rebuilt = freshDatabase();
    for (const entry of db.snapshot(Date.now())) rebuilt.apply(entry);
    expect(rebuilt.accounts.billingDetails('4711').city).toBe('Luzern');
    expect(rebuilt.accounts.payoutVersions('4711')).toHaveLength(1);
    expect(rebuilt.accounts.apiKeys('4711')).toHaveLength(2);
    expect(rebuilt.accounts.apiKeyByHash('a'.repeat(64))?.merchantId).toBe('4711');
    expect(rebuilt.accounts.securityCheck('4711').requestedBy).toBe('Lukas Meier');

    rebuilt.apply({ kind: 'merchant-reset', merchantId: '3333' });
    expect(rebuilt.accounts.billingDetails('4711').city).toBe('Luzern');
    rebuilt.apply({ kind: 'merchant-reset', merchantId: '4711' });
    expect(rebuilt.accounts.billingDetails('4711').city).toBe('Zürich');
    expect(rebuilt.accounts.apiKeys('4711')).toHaveLength(1);
    expect(rebuilt.accounts.securityCheck('4711').requestedAt).toBeNull();
  });
});
