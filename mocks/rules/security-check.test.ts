import type { OrderEvent } from '@/contract/orders';
import { activatedThenCredited, mayRequest, notRequested, reviewDays, securityCheckStatus, type SecurityCheckRecord } from './security-check';

const requested: SecurityCheckRecord = { requestedAt: '2026-11-24T09:30:00.000Z', requestedBy: 'Lukas Meier', passedAt: null };
const done = { companyDetails: true, payoutAccount: true, testOrder: true };

describe('the security check', () => {
  it('is not requested until the merchant asks for it', () => {
    expect(securityCheckStatus(notRequested, '2026-11-24')).toEqual({ state: 'not-requested', requestedAt: null, expectedOn: null, passedOn: null });
  });

  it(`is in review for ${reviewDays} days after the request, then passes on the backend's clock`, () => {
    expect(securityCheckStatus(requested, '2026-11-24')).toEqual({ state: 'in-review', requestedAt: requested.requestedAt, expectedOn: '2026-11-27', passedOn: null });
    expect(securityCheckStatus(requested, '2026-11-26').state).toBe('in-review');
    expect(securityCheckStatus(requested, '2026-11-27')).toEqual({ state: 'passed', requestedAt: requested.requestedAt, expectedOn: null, passedOn: '2026-11-27' });
    expect(securityCheckStatus(requested, '2027-03-01').passedOn).toBe('2026-11-27');
  });

  it('passes at once when the demo says so, requested or not', () => {
    expect(securityCheckStatus({ ...requested, passedAt: '2026-11-25T10:00:00.000Z' }, '2026-11-25')).toMatchObject({ state: 'passed', passedOn: '2026-11-25' });
    expect(securityCheckStatus({ ...notRequested, passedAt: '2026-11-25T10:00:00.000Z' }, '2026-11-25')).toMatchObject({ state: 'passed', requestedAt: null });
  });

  it('may be requested once, and only with every item of the checklist done', () => {
    expect(mayRequest(notRequested, done)).toBe(true);
    for (const item of Object.keys(done)) expect(mayRequest(notRequested, { ...done, [item]: false })).toBe(false);
    expect(mayRequest(requested, done)).toBe(false);
    expect(mayRequest({ ...notRequested, passedAt: '2026-11-25T10:00:00.000Z' }, done)).toBe(false);
  });
});

describe('a test order activated and credited by the integration', () => {
  const event = (type: OrderEvent['type'], at: string): OrderEvent => ({ id: `${type}-${at}`, type, at, actor: 'Lukas Meier', amount: 100, reason: null, reasonCode: null });
  const created = event('created', '2026-10-01T08:00:00.000Z');
  const since = '2026-11-24';

  it.each(['credited', 'reduced', 'returned'] as const)('counts an activation followed by a %s event, both since the seed', (type) => {
    expect(activatedThenCredited({ events: [created, event('activated', '2026-11-24T10:00:00.000Z'), event(type, '2026-11-24T10:05:00.000Z')] }, since)).toBe(true);
  });

  it('does not count the seeded history, an activation alone or a cancellation before activation', () => {
    expect(activatedThenCredited({ events: [created, event('activated', '2026-11-20T10:00:00.000Z'), event('reduced', '2026-11-24T10:05:00.000Z')] }, since)).toBe(false);
    expect(activatedThenCredited({ events: [created, event('activated', '2026-11-24T10:00:00.000Z')] }, since)).toBe(false);
    expect(activatedThenCredited({ events: [created, event('cancelled', '2026-11-24T10:00:00.000Z')] }, since)).toBe(false);
  });
});
