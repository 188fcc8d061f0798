import { accounts, call, signIn } from '../testing/api-client';
import { accountCall, billingDetailsOf } from '../testing/account-calls';
import { activityOf } from '../testing/activity-calls';
import { orderIn, postAction } from '../testing/order-calls';
import { now, resetSmallBackend } from '../testing/small-backend';
import { fileTicket, postMessage, ticketRequest } from '../testing/support-calls';
import { joinedMember, post } from '../testing/team-calls';

type Caller = keyof typeof accounts | 'nobody';
const callers: Caller[] = ['admin', 'finance', 'support', 'bergblick', 'nobody'];
const admin = { name: 'Nathalie Dubois', email: accounts.admin };

beforeEach(() => resetSmallBackend());

describe.each(['/activity', '/activity/csv'])('GET /api/account%s', (path) => {
  it.each(callers)('answers %s as the rules say: admins only', async (caller) => {
    const token = caller === 'nobody' ? undefined : await signIn(caller);
    const response = await accountCall(path, token);
    expect(response.status).toBe({ admin: 200, finance: 403, support: 403, bergblick: 200, nobody: 401 }[caller]);
    if (response.status >= 400) expect(response.headers.get('Content-Type')).toBe('application/problem+json');
  });

  it('refuses bad filters with a message per parameter', async () => {
    const token = await signIn();
    const response = await accountCall(`${path}?person=nobody&kind=order-eaten&mode=staging&from=24-11-2026`, token);
    expect(response.status).toBe(422);
    const { errors } = (await response.json()) as { errors: Record<string, string[]> };
    expect(Object.keys(errors).sort()).toEqual(['from', 'kind', 'mode', 'person']);
    expect(errors.kind![0]).toContain('Unknown value order-eaten');
    expect(errors.mode).toEqual(['Unknown value staging. Use test, live, none.']);
    const backwards = await accountCall(`${path}?from=2026-11-24&to=2026-11-01`, token);
    expect(((await backwards.json()) as { errors: Record<string, string[]> }).errors).toEqual({ to: ['The end date must not be before the start date.'] });
  });
});

describe('the activity log', () => {
  it('shows an activation with who, when, which world and the amount', async () => {
    const token = await signIn();
    const order = await orderIn('created', token, 'test');
    expect((await postAction(order.orderNumber, 'activate', { version: order.version }, { token, mode: 'test' })).status).toBe(200);
    const [latest] = (await activityOf(token)).items;
    expect(latest).toEqual({
      id: expect.any(String),
      at: now,
      actor: admin,
      merchantId: '3333',
      mode: 'test',
      kind: 'order-activated',
      subject: order.orderNumber,
      detail: null,
      previousDetail: null,
      changes: null,
      reasonCode: null,
      amount: order.outstanding,
      currency: 'EUR',
    });
  });

  it('keeps the code of a picked reason beside its words, and none for a typed one', async () => {
    const token = await signIn();
    const picked = await orderIn('created', token, 'test');
    const body = { version: picked.version, reasonCode: 'out-of-stock', reason: 'back in May' };
    expect((await postAction(picked.orderNumber, 'cancel', body, { token, mode: 'test' })).status).toBe(200);
    const typed = await orderIn('created', token, 'test');
    expect((await postAction(typed.orderNumber, 'cancel', { version: typed.version, reason: 'Customer phoned' }, { token, mode: 'test' })).status).toBe(200);
    const { items } = await activityOf(token, '?kind=order-cancelled');
    expect(items).toMatchObject([
      { subject: typed.orderNumber, detail: 'Customer phoned', reasonCode: null },
      { subject: picked.orderNumber, detail: 'Out of stock: back in May', reasonCode: 'out-of-stock' },
    ]);
  });

  it('shows a role change and a billing change, which belong to no world', async () => {
    const token = await signIn();
    expect((await post('/team/members/user-3333-3/role', { token, body: { role: 'finance' } })).status).toBe(200);
    const billing = { companyName: 'Atelier Lumière SRL', street: 'Rue du Marché 14', postalCode: '1000', city: 'Bruxelles', country: 'BE', vatNumber: 'BE0123456749', invoiceEmail: 'factures@atelier-lumiere.example' };
    expect((await accountCall('/billing-details', token, 'PUT', billing)).status).toBe(200);
    const { items } = await activityOf(token, '?kind=member-role-changed,billing-details-changed');
    expect(items).toMatchObject([
      {
        kind: 'billing-details-changed',
        actor: admin,
        mode: null,
        subject: 'Atelier Lumière SRL',
        detail: 'street, invoiceEmail',
        changes: [
          { field: 'street', from: 'Rue du Marché 12', to: 'Rue du Marché 14' },
          { field: 'invoiceEmail', from: 'comptabilite@atelier-lumiere.example', to: 'factures@atelier-lumiere.example' },
        ],
        at: now,
      },
      { kind: 'member-role-changed', actor: admin, mode: null, subject: accounts.support, detail: 'finance', previousDetail: 'support', at: now },
    ]);
    // Asked for by the world they belong to: neither.
    expect((await activityOf(token, '?mode=none&kind=member-role-changed,billing-details-changed')).items).toHaveLength(2);
    expect((await activityOf(token, '?mode=live,test&kind=member-role-changed,billing-details-changed')).items).toEqual([]);
  });

  it("logs a failed sign-in under the address's merchant, and an unknown address nowhere", async () => {
    for (const email of [accounts.finance, 'nobody@atelier-lumiere.example']) {
      expect((await call('/session', { method: 'POST', mode: null, body: JSON.stringify({ email, password: 'wrong' }) })).status).toBe(401);
    }
    const { items, total } = await activityOf(await signIn(), '?kind=sign-in-failed');
    expect(total).toBe(1);
    expect(items[0]).toMatchObject({ kind: 'sign-in-failed', actor: { name: 'Pieter Janssens', email: accounts.finance }, subject: accounts.finance, mode: null });
  });

  it('shows the team joining and the keys made, the invitee as the one who accepted, a key in its world', async () => {
    const token = await signIn();
    await joinedMember(token, 'emma@atelier-lumiere.example', 'support', 'a-long-enough-passphrase');
    expect((await accountCall('/api-keys', token, 'POST', { name: 'Shop plugin', mode: 'test' })).status).toBe(201);
    const { items } = await activityOf(token, '?kind=member-invited,invitation-accepted,api-key-created');
    expect(items).toMatchObject([
      { kind: 'api-key-created', actor: admin, mode: 'test', subject: 'Shop plugin' },
      { kind: 'invitation-accepted', actor: { name: 'Emma Peeters', email: 'emma@atelier-lumiere.example' }, mode: null, detail: 'support' },
      { kind: 'member-invited', actor: admin, mode: null, subject: 'emma@atelier-lumiere.example', detail: 'support' },
    ]);
  });

  it("never shows another merchant's changes", async () => {
    const token = await signIn();
    const order = await orderIn('created', token, 'test');
    await postAction(order.orderNumber, 'activate', { version: order.version }, { token, mode: 'test' });
    const theirs = await activityOf(await signIn('bergblick'));
    expect(theirs.items.every((item) => item.merchantId === '4711')).toBe(true);
    expect(theirs.items.map((item) => item.kind)).toEqual(['signed-in']);
  });

  it('filters by person and pages newest first', async () => {
    await signIn('finance');
    await signIn('support');
    const token = await signIn();
    const mine = await activityOf(token, `?person=${encodeURIComponent(accounts.admin.toUpperCase())}`);
    expect(mine.items.map((item) => item.actor?.email)).toEqual([accounts.admin]);
    const second = await activityOf(token, '?pageSize=1&page=2');
    expect(second).toMatchObject({ page: 2, pageSize: 1, total: 3, items: [{ actor: { email: accounts.support } }] });
    expect((await activityOf(token, '?from=2026-11-25')).total).toBe(0);
  });

  it('shows a ticket filed by support and a reply written on it, in the world of the ticket', async () => {
    const supportToken = await signIn('support');
    const ticket = await fileTicket(ticketRequest, { token: supportToken, mode: 'test' });
    expect((await postMessage(ticket.ticketNumber, { body: 'The customer has paid since.' }, { token: supportToken, mode: 'test' })).status).toBe(201);
    const { items } = await activityOf(await signIn(), '?kind=ticket-filed,ticket-replied');
    const agent = { name: expect.any(String), email: accounts.support };
    expect(items).toEqual([
      expect.objectContaining({ kind: 'ticket-replied', actor: agent, mode: 'test', subject: ticket.ticketNumber, at: now }),
      expect.objectContaining({ kind: 'ticket-filed', actor: agent, mode: 'test', subject: ticket.ticketNumber, at: now }),
    ]);
  });

  it('starts again when the demo data is reset, with the reset', async () => {
    const token = await signIn();
    expect((await call('/demo/reset', { token, method: 'POST', mode: null })).status).toBe(204);
    expect((await activityOf(token)).items).toMatchObject([{ kind: 'demo-data-reset', actor: admin }]);
  });
});

describe('GET /api/account/activity/csv', () => {
  it('exports every matching item, not one page, with a BOM and a row count', async () => {
    await signIn('finance');
    const token = await signIn();
    const response = await accountCall('/activity/csv?kind=signed-in', token);
    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('Comptoir-Row-Count')).toBe('2');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
    expect(text.startsWith('\uFEFFat,actorName,actorEmail,mode,kind,subject,detail,reasonCode,amount,currency,previousDetail,changes\r\n')).toBe(true);
    expect(text.split('\r\n').slice(1, 3).map((line) => line.split(',')[2])).toEqual([accounts.admin, accounts.finance]);
  });

  it("writes a spreadsheet in its reader's words and on the merchant's clock, amounts as the region writes them", async () => {
    const token = await signIn();
    const order = await orderIn('created', token, 'test');
    expect((await postAction(order.orderNumber, 'cancel', { version: order.version, reasonCode: 'out-of-stock', reason: 'back in May' }, { token, mode: 'test' })).status).toBe(200);
    const activated = await orderIn('created', token, 'test');
    expect((await postAction(activated.orderNumber, 'activate', { version: activated.version }, { token, mode: 'test' })).status).toBe(200);
    expect((await post('/team/members/user-3333-3/role', { token, body: { role: 'finance' } })).status).toBe(200);

    const response = await accountCall('/activity/csv?format=excel&locale=fr-BE&kind=order-cancelled,order-activated,member-role-changed', token);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Disposition')).toMatch(/^attachment; filename="activity-\d{4}-\d{2}-\d{2}-excel-fr-BE\.csv"$/);
    const [header, ...rows] = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer()).split('\r\n');
    expect(header).toBe('\uFEFFQuand (Europe/Brussels);Qui;E-mail;Monde;Quoi;Objet;Détail;Code du motif;Montant;Devise;Avant;Modifications');
    const cells = rows.filter(Boolean).map((row) => row.split(';'));
    // Newest first: the role change, the activation, the cancel; at the same instant, on a Brussels clock an hour ahead of UTC.
    const brussels = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Brussels', dateStyle: 'short', timeStyle: 'short' }).format(new Date(now));
    expect(cells.map((row) => row[0])).toEqual([brussels, brussels, brussels]);
    expect(cells.map((row) => [row[3], row[4], row[6], row[10]])).toEqual([
      ['', 'Rôle modifié', 'Finance', 'Agent de support'],
      ['Test', 'Commande activée', '', ''],
      ['Test', 'Commande annulée', 'Rupture de stock : back in May', ''],
    ]);
    expect(cells[1]![8]).toBe((activated.outstanding / 100).toFixed(2).replace('.', ','));
  });

  it('spells its own words as Switzerland does for a Swiss German reader, and what was typed as it was typed', async () => {
    const token = await signIn('bergblick');
    const { updatedAt: _updatedAt, updatedBy: _updatedBy, ...details } = await billingDetailsOf(token);
    expect((await accountCall('/billing-details', token, 'PUT', { ...details, street: 'Weißgasse 3' })).status).toBe(200);
    const response = await accountCall('/activity/csv?format=excel&locale=de-CH&kind=billing-details-changed', token);
    const [header, row] = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer()).split('\r\n');
    expect(header).toMatch(/^\uFEFFWann \(Europe\/Zurich\);/);
    expect(row).toContain('Strasse und Hausnummer: Bahnhofstrasse 21 → Weißgasse 3');
  });
});
