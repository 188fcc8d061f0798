import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openPersistentStore } from '../db/persistence';
import { installStore, type Store } from '../db/store';
import { resetMockBackend } from '../node';
import { call, signIn } from '../testing/api-client';
import { fileTicket, getTicket, listTickets, markRead, postMessage, postTicket, ticketRequest } from '../testing/support-calls';

// Tickets go through the same IndexedDB journal as every other change: a
// reload and every other tab see them, and a demo reset drops them.
const config = { seed: 1, ordersPerWorld: 40 };
let otherTab: Store;

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  resetMockBackend({ ...config, today: '2026-11-24', now: '2026-11-24T13:45:00.000Z' });
  installStore(await openPersistentStore(config));
  otherTab = await openPersistentStore(config);
});

afterEach(() => {
  otherTab.close();
  resetMockBackend();
});

const filedInOtherTab = () => otherTab.read((db) => db.filedTickets('3333', 'live').map((ticket) => ticket.ticketNumber));

describe('support tickets in the shared journal', () => {
  it('survive a reload and reach every tab', async () => {
    const token = await signIn();
    const ticket = await fileTicket(ticketRequest, { token, key: 'kept-draft' });
    expect(await filedInOtherTab()).toEqual([ticket.ticketNumber]);

    // A reload: a fresh store built from what IndexedDB kept, and the draft's key sent again.
    installStore(await openPersistentStore(config));
    expect((await listTickets(token))[0]).toEqual(ticket);
    const retry = await postTicket(ticketRequest, { token, key: 'kept-draft' });
    expect(await retry.json()).toEqual(ticket);
    expect((await fileTicket(ticketRequest, { token })).ticketNumber).toBe('CPT-3333-000106');
    expect(await filedInOtherTab()).toHaveLength(2);
  });

  it('go with a demo reset in every tab', async () => {
    const token = await signIn();
    const seeded = await listTickets(token);
    await fileTicket(ticketRequest, { token });
    expect((await call('/demo/reset', { token, method: 'POST', mode: null })).status).toBe(204);
    expect(await listTickets(token)).toEqual(seeded);
    expect(await filedInOtherTab()).toEqual([]);
  });

  it('keep what was written on a ticket and how far it was read, in every tab, until a demo reset', async () => {
    const token = await signIn();
    const answered = 'CPT-3333-000102';
    expect((await markRead(answered, { token })).status).toBe(200);
    expect((await postMessage(answered, { body: 'Thank you, the customer is told.' }, { token, key: 'kept-reply' })).status).toBe(201);
    const thread = await getTicket(answered, token);

    installStore(await openPersistentStore(config));
    expect(await getTicket(answered, token)).toEqual(thread);
    expect(await otherTab.read((db) => db.ticketChanges('3333', 'live', answered).messages.length)).toBe(1);
    expect((await postMessage(answered, { body: 'Thank you, the customer is told.' }, { token, key: 'kept-reply' })).status).toBe(201);
    expect((await getTicket(answered, token)).messages).toHaveLength(3);

    expect((await call('/demo/reset', { token, method: 'POST', mode: null })).status).toBe(204);
    expect(await getTicket(answered, token)).toMatchObject({ status: 'answered', unread: true, messages: thread.messages.slice(0, 2) });
  });
});
