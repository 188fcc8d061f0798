import { setToday } from '../rules/clock';
import { call, signIn } from '../testing/api-client';
import { accountCall, securityCheckOf } from '../testing/account-calls';
import { orderIn, postAction, problemOf } from '../testing/order-calls';
import { now, resetSmallBackend } from '../testing/small-backend';

let bergblick: string;

beforeEach(async () => {
  resetSmallBackend();
  bergblick = await signIn('bergblick');
});

const sessionOf = async (token: string) => ((await (await call('/session', { token, mode: null })).json()) as { merchant: { securityCheck: string } }).merchant;

/** What Bergblick's checklist asks for: a payout account, and a test order activated then credited through the API. */
async function doTheChecklist(token: string) {
  expect((await accountCall('/payout-account', token, 'PUT', { accountHolder: 'Bergblick AG', iban: 'CH93 0076 2011 6238 5295 7', currentPassword: 'demo-password' })).status).toBe(200);
  const created = await orderIn('created', token, 'test');
  const activated = await postAction(created.orderNumber, 'activate', { version: created.version }, { token, mode: 'test' });
  expect(activated.status).toBe(200);
  const { version } = (await activated.json()) as { version: number };
  expect((await postAction(created.orderNumber, 'reductions', { version, reason: 'Integration test', amount: 100 }, { token, mode: 'test' })).status).toBe(200);
}

describe('the security check', () => {
  it('has passed for Atelier Lumière, whose live world is open', async () => {
    const admin = await signIn('admin');
    expect(await securityCheckOf(admin)).toMatchObject({ state: 'passed', expectedOn: null, passedOn: expect.any(String) });
    expect(await sessionOf(admin)).toMatchObject({ securityCheck: 'passed' });
    expect((await call('/orders', { token: admin, mode: 'live' })).status).toBe(200);
  });

  it('keeps Bergblick in its test world until it has passed', async () => {
    expect(await securityCheckOf(bergblick)).toEqual({
      state: 'not-requested',
      requestedAt: null,
      expectedOn: null,
      passedOn: null,
      checklist: { companyDetails: true, payoutAccount: false, testOrder: false },
    });
    expect(await sessionOf(bergblick)).toMatchObject({ securityCheck: 'not-requested' });
    expect((await call('/orders', { token: bergblick, mode: 'test' })).status).toBe(200);
    for (const path of ['/orders', '/statements?year=2026', '/support/tickets', '/exports/orders']) {
      const live = await call(path, { token: bergblick, mode: 'live' });
      expect(live.status).toBe(403);
      expect(await problemOf(live)).toMatchObject({ type: 'https://comptoir.example/problems/live-unavailable', title: 'Live data not available yet' });
    }
  });

  it('cannot be requested before the checklist is done, and says what is missing', async () => {
    const response = await accountCall('/security-check', bergblick, 'POST');
    expect(response.status).toBe(409);
    expect((await problemOf(response)).detail).toBe('Before the security check can be requested: give a payout account; activate a test order and credit it.');
    expect((await securityCheckOf(bergblick)).state).toBe('not-requested');
  });

  it('is in review once requested, then passes three days later on the backend’s clock, opening the live world', async () => {
    await doTheChecklist(bergblick);
    expect((await securityCheckOf(bergblick)).checklist).toEqual({ companyDetails: true, payoutAccount: true, testOrder: true });
    const requested = await accountCall('/security-check', bergblick, 'POST');
    expect(requested.status).toBe(200);
    expect(await requested.json()).toMatchObject({ state: 'in-review', requestedAt: now, expectedOn: '2026-11-27', passedOn: null });
    expect((await accountCall('/security-check', bergblick, 'POST')).status).toBe(409);

    setToday('2026-11-26');
    expect(await sessionOf(bergblick)).toMatchObject({ securityCheck: 'in-review' });
    expect((await call('/orders', { token: bergblick, mode: 'live' })).status).toBe(403);

    setToday('2026-11-27');
    expect(await securityCheckOf(bergblick)).toMatchObject({ state: 'passed', passedOn: '2026-11-27' });
    expect(await sessionOf(bergblick)).toMatchObject({ securityCheck: 'passed' });
    expect((await call('/orders', { token: bergblick, mode: 'live' })).status).toBe(200);
  });

  it('passes at once through the demo, and a demo reset closes the live world again', async () => {
    const passed = await call('/demo/security-check/pass', { token: bergblick, method: 'POST', mode: null });
    expect(passed.status).toBe(200);
    expect(await passed.json()).toMatchObject({ state: 'passed', passedOn: '2026-11-24' });
    expect((await call('/orders', { token: bergblick, mode: 'live' })).status).toBe(200);

    expect((await call('/demo/reset', { token: bergblick, method: 'POST', mode: null })).status).toBe(204);
    expect((await securityCheckOf(bergblick)).state).toBe('not-requested');
    expect((await call('/orders', { token: bergblick, mode: 'live' })).status).toBe(403);
  });

  it('does not count a seeded test order, only one the integration activated and credited', async () => {
    const credited = await orderIn('credited', bergblick, 'test');
    expect(credited.events.some((event) => event.type === 'activated')).toBe(true);
    expect((await securityCheckOf(bergblick)).checklist.testOrder).toBe(false);
  });
});
