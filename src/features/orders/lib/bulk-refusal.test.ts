import i18next from 'i18next';
import type { OrderDetail } from '@/contract/orders';
import { ApiError, problemFromStatus } from '@/lib/api-error';
import { ordersCatalogue } from '../i18n';
import { bulkRefusalReason, extensionRefusalReason } from './bulk-refusal';

const i18n = i18next.createInstance();
await i18n.init({ lng: 'en', ns: ['orders'], resources: { en: { orders: ordersCatalogue.en } } });
const t = i18n.getFixedT('en', 'orders');

const conflict = (slug: string) => ApiError.fromStatus(409, { ...problemFromStatus(409), type: `https://comptoir.example/problems/${slug}` });
const fresh = (status: OrderDetail['status'], statusReasonCode: OrderDetail['statusReasonCode'] = null) => ({ status, statusReasonCode }) as OrderDetail;

describe('why an order of a batch was not activated', () => {
  it('says what became of the order', () => {
    expect(bulkRefusalReason({ orderNumber: '1', ok: false, error: conflict('not-allowed'), fresh: fresh('cancelled', 'expired') }, t)).toMatch(/^It expired/);
    expect(bulkRefusalReason({ orderNumber: '1', ok: false, error: conflict('not-allowed'), fresh: fresh('credited') }, t)).toMatch(/credited/);
    expect(bulkRefusalReason({ orderNumber: '1', ok: false, error: conflict('stale-version'), fresh: fresh('created') }, t)).toMatch(/^It was changed meanwhile/);
  });

  it('falls back on the problem type, then on the error kind', () => {
    expect(bulkRefusalReason({ orderNumber: '1', ok: false, error: conflict('not-allowed'), fresh: null }, t)).toBe('It is no longer a created order; nothing was applied.');
    expect(bulkRefusalReason({ orderNumber: '1', ok: false, error: conflict('stale-version'), fresh: null }, t)).toMatch(/^It was changed meanwhile/);
    expect(bulkRefusalReason({ orderNumber: '1', ok: false, error: ApiError.fromStatus(404), fresh: null }, t)).toBe('This order no longer exists in the data you are viewing.');
    expect(bulkRefusalReason({ orderNumber: '1', ok: false, error: ApiError.fromStatus(403), fresh: null }, t)).toBe('Your role may not change orders.');
  });
});

describe('why the expiry of an order of a batch was not extended', () => {
  const date = (isoDate: string) => isoDate;
  const order = (facts: Partial<OrderDetail>) =>
    ({ status: 'created', statusReasonCode: null, expiryExtended: false, daysToExpiry: 5, expiresAt: '2026-11-29', maxExpiresAt: '2026-12-29', ...facts }) as OrderDetail;
  const refused = (fresh: OrderDetail | null, slug = 'not-allowed') => ({ orderNumber: '1', ok: false as const, error: conflict(slug), fresh });

  it('says what the order is now', () => {
    expect(extensionRefusalReason(refused(order({ daysToExpiry: 30, expiresAt: '2027-01-01' })), t, date)).toBe(
      'The expiry can be extended from 2026-12-18, in its last 14 days.',
    );
    expect(extensionRefusalReason(refused(order({ expiryExtended: true, expiresAt: '2026-12-29' })), t, date)).toBe(
      'The expiry was extended once already, to 2026-12-29: it cannot be extended again.',
    );
    expect(extensionRefusalReason(refused(order({ status: 'activated', daysToExpiry: null, maxExpiresAt: null })), t, date)).toBe(
      "It is Activated now: only a created order's expiry can be extended.",
    );
    expect(extensionRefusalReason(refused(order({ status: 'cancelled', statusReasonCode: 'expired', daysToExpiry: null, maxExpiresAt: null })), t, date)).toMatch(/^It expired/);
  });

  it('asks to select it again when only its version had moved on', () => {
    expect(extensionRefusalReason(refused(order({}), 'stale-version'), t, date)).toMatch(/^It was changed meanwhile and nothing was applied: select it again to extend/);
    expect(extensionRefusalReason(refused(null, 'stale-version'), t, date)).toMatch(/^It was changed meanwhile/);
    expect(extensionRefusalReason({ orderNumber: '1', ok: false, error: ApiError.fromStatus(403), fresh: null }, t, date)).toBe('Your role may not change orders.');
  });
});
