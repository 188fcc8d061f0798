import i18next from 'i18next';
import type { OrderDetail } from '@/contract/orders';
import { ApiError, problemFromStatus } from '@/lib/api-error';
import { ordersCatalogue } from '../i18n';
import { bulkRefusalReason } from './bulk-refusal';

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
    expect(bulkRefusalReason({ orderNumber: '1', ok: false, error: ApiError.fromStatus(404), fresh: null }, t)).toBe('This order no longer exists in this data world.');
    expect(bulkRefusalReason({ orderNumber: '1', ok: false, error: ApiError.fromStatus(403), fresh: null }, t)).toBe('Your role may not change orders.');
  });
});
