import { call, passSecurityCheck, signIn } from '../testing/api-client';
import { fillTheStorage } from '../testing/full-storage';
import { getOrder, orderIn, postAction, problemOf } from '../testing/order-calls';
import { resetSmallBackend } from '../testing/small-backend';

describe('POST /api/demo/reset', () => {
  beforeEach(() => resetSmallBackend());

  it('undoes what was changed and keeps the sessions', async () => {
    const token = await signIn();
    const created = await orderIn('created', token);
    expect((await postAction(created.orderNumber, 'activate', { version: created.version }, { token })).status).toBe(200);
    expect((await getOrder(created.orderNumber, token)).status).toBe('activated');

    expect((await call('/demo/reset', { token, method: 'POST', mode: null })).status).toBe(204);

    expect((await call('/session', { token, mode: null })).status).toBe(200);
    expect(await getOrder(created.orderNumber, token)).toEqual(created);
  });

  it('is refused without a session (401), and changes nothing', async () => {
    const token = await signIn();
    const created = await orderIn('created', token);
    await postAction(created.orderNumber, 'activate', { version: created.version }, { token });

    const response = await call('/demo/reset', { method: 'POST', mode: null });
    expect(response.status).toBe(401);
    expect((await problemOf(response)).status).toBe(401);
    expect((await getOrder(created.orderNumber, token)).status).toBe('activated');
  });

  it('is refused to anyone but an admin (403), and changes nothing', async () => {
    const admin = await signIn();
    const created = await orderIn('created', admin);
    await postAction(created.orderNumber, 'activate', { version: created.version }, { token: admin });

    for (const role of ['finance', 'support'] as const) {
      const response = await call('/demo/reset', { token: await signIn(role), method: 'POST', mode: null });
      expect(response.status).toBe(403);
      expect((await problemOf(response)).detail).toBe('Only an admin may reset the demo data.');
    }
    expect((await getOrder(created.orderNumber, admin)).status).toBe('activated');
  });

  it("restores only the admin's own merchant, in both worlds, never another's", async () => {
    const admin = await signIn();
    const other = await signIn('bergblick');
    await passSecurityCheck(other);
    const mine = { live: await orderIn('created', admin, 'live'), test: await orderIn('created', admin, 'test') };
    const theirs = await orderIn('created', other);
    for (const mode of ['live', 'test'] as const) {
      await postAction(mine[mode].orderNumber, 'activate', { version: mine[mode].version }, { token: admin, mode });
    }
    await postAction(theirs.orderNumber, 'activate', { version: theirs.version }, { token: other });

    expect((await call('/demo/reset', { token: admin, method: 'POST', mode: null })).status).toBe(204);

    expect(await getOrder(mine.live.orderNumber, admin, 'live')).toEqual(mine.live);
    expect(await getOrder(mine.test.orderNumber, admin, 'test')).toEqual(mine.test);
    expect((await getOrder(theirs.orderNumber, other)).status).toBe('activated');
  });
});

describe('GET /api/demo/storage and DELETE /api/demo/storage/set-aside', () => {
  beforeEach(() => resetSmallBackend());

  it('says where the data is kept and that nothing was set aside', async () => {
    const response = await call('/demo/storage', { token: await signIn('support'), mode: null });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ kept: 'memory', notKeptBecause: null, setAside: [] });
    expect((await call('/demo/storage', { mode: null })).status).toBe(401);
  });

  it('lets only an admin discard what was set aside', async () => {
    expect((await call('/demo/storage/set-aside', { token: await signIn('finance'), method: 'DELETE', mode: null })).status).toBe(403);
    expect((await call('/demo/storage/set-aside', { token: await signIn(), method: 'DELETE', mode: null })).status).toBe(204);
  });
});

describe('a change the storage has no room for', () => {
  beforeEach(() => resetSmallBackend());

  it('answers 507 with what to do, and nothing is applied', async () => {
    const token = await signIn();
    const created = await orderIn('created', token);
    fillTheStorage();
    const response = await postAction(created.orderNumber, 'activate', { version: created.version }, { token });
    expect(response.status).toBe(507);
    expect(await problemOf(response)).toMatchObject({ status: 507, title: 'Storage full', detail: expect.stringContaining('nothing was changed') });
    expect(await getOrder(created.orderNumber, token)).toEqual(created);
  });
});

