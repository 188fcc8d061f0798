import type { BillingDetails, PayoutAccount } from '@/contract/account';
import type { ApiKeyRecord } from '../rules/api-key';
import type { SecurityCheckRecord } from '../rules/security-check';
import type { AccountEntry } from './journal';
import { seededAccount, seededMerchantIds, type AccountSeed } from './seed-account';

/**
 * The merchants' accounts: what the seed gave each, with the recorded changes laid over it. None
 * of it belongs to a data world; an API key names the world it is for.
 */
export class AccountBook {
  private readonly billing = new Map<string, BillingDetails>();
  /** Versions given since the seed, oldest first. */
  private readonly payouts = new Map<string, PayoutAccount[]>();
  /** Keys made or revoked since the seed, by id. */
  private readonly keys = new Map<string, ApiKeyRecord>();
  private readonly checks = new Map<string, SecurityCheckRecord>();
  private seeds: { anchor: string; byMerchant: Map<string, AccountSeed> } | null = null;

  /** `anchor` tells the seed's day, which the seeded dates count back from. */
  constructor(private readonly anchor: () => string) {}

  apply(entry: AccountEntry): void {
    switch (entry.kind) {
      case 'billing-details':
        this.billing.set(entry.merchantId, entry.details);
        return;
      case 'payout-account':
        this.payouts.set(entry.merchantId, [...(this.payouts.get(entry.merchantId) ?? []), entry.account]);
        return;
      case 'api-key':
        this.keys.set(entry.key.id, entry.key);
        return;
      case 'security-check':
        this.checks.set(entry.merchantId, entry.check);
        return;
    }
  }

  /** One merchant's account back to its seed. */
  forgetMerchant(merchantId: string): void {
    this.billing.delete(merchantId);
    this.payouts.delete(merchantId);
    this.checks.delete(merchantId);
    for (const [id, key] of this.keys) if (key.merchantId === merchantId) this.keys.delete(id);
  }

  clear(): void {
    this.billing.clear();
    this.payouts.clear();
    this.keys.clear();
    this.checks.clear();
  }

  /** The recorded changes, as few entries as rebuild them. */
  entries(): AccountEntry[] {
    return [
      ...[...this.billing].map(([merchantId, details]): AccountEntry => ({ kind: 'billing-details', merchantId, details })),
      ...[...this.payouts].flatMap(([merchantId, accounts]) => accounts.map((account): AccountEntry => ({ kind: 'payout-account', merchantId, account }))),
      ...[...this.keys.values()].map((key): AccountEntry => ({ kind: 'api-key', key })),
      ...[...this.checks].map(([merchantId, check]): AccountEntry => ({ kind: 'security-check', merchantId, check })),
    ];
  }

  billingDetails(merchantId: string): BillingDetails {
    return this.billing.get(merchantId) ?? this.seeded(merchantId).billing;
  }

  /** Every version of the payout account, oldest first. */
  payoutVersions(merchantId: string): PayoutAccount[] {
    return [...this.seeded(merchantId).payoutAccounts, ...(this.payouts.get(merchantId) ?? [])];
  }

  apiKeys(merchantId: string): ApiKeyRecord[] {
    const seeded = this.seeded(merchantId).apiKeys.map((key) => this.keys.get(key.id) ?? key);
    const made = [...this.keys.values()].filter((key) => key.merchantId === merchantId && !seeded.some((seededKey) => seededKey.id === key.id));
    return [...seeded, ...made];
  }

  /** The key whose secret has this hash, whoever's it is. */
  apiKeyByHash(hash: string): ApiKeyRecord | undefined {
    return seededMerchantIds.flatMap((merchantId) => this.apiKeys(merchantId)).find((key) => key.secretHash === hash);
  }

  securityCheck(merchantId: string): SecurityCheckRecord {
    return this.checks.get(merchantId) ?? this.seeded(merchantId).securityCheck;
  }

  private seeded(merchantId: string): AccountSeed {
    const anchor = this.anchor();
    if (this.seeds?.anchor !== anchor) this.seeds = { anchor, byMerchant: new Map() };
    let seed = this.seeds.byMerchant.get(merchantId);
    if (!seed) {
      seed = seededAccount(merchantId, anchor);
      this.seeds.byMerchant.set(merchantId, seed);
    }
    return seed;
  }
}
