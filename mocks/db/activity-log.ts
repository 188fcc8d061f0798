import type { ActivityItem } from '@/contract/activity';

/**
 * Each merchant's activity log: the changes made through the API, oldest first. A reset of the
 * merchant's demo data starts it again, though the team is kept: the log then opens with the reset.
 */
export class ActivityLog {
  private readonly byMerchant = new Map<string, ActivityItem[]>();

  add(item: ActivityItem): void {
    const items = this.byMerchant.get(item.merchantId);
    if (items) items.push(item);
    else this.byMerchant.set(item.merchantId, [item]);
  }

  of(merchantId: string): readonly ActivityItem[] {
    return this.byMerchant.get(merchantId) ?? [];
  }

  forgetMerchant(merchantId: string): void {
    this.byMerchant.delete(merchantId);
  }

  clear(): void {
    this.byMerchant.clear();
  }

  all(): ActivityItem[] {
    return [...this.byMerchant.values()].flat();
  }
}
