import { parse as parseCsv } from 'csv-parse/sync';
import type { OrderPage } from '@/contract/orders';
import { valueTexts } from '../rules/value-texts';
import { call, signIn } from '../testing/api-client';
import { orderIn, postAction } from '../testing/order-calls';
import { resetSmallBackend, today } from '../testing/small-backend';

beforeEach(() => resetSmallBackend());

describe('GET /api/exports/orders', () => {
  it('exports exactly the filtered orders as UTF-8 CSV with a BOM', async () => {
    const token = await signIn('finance');
    const filters = '?status=paid,credited&country=BE,NL&sort=total&order=asc';
    const response = await call(`/exports/orders${filters}`, { token, mode: 'test' });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('Content-Disposition')).toBe(`attachment; filename="orders-test-${today}.csv"`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    const [header, ...rows] = parseCsv(new TextDecoder().decode(bytes), { bom: true });
    expect(header?.join(',')).toBe(
      'orderNumber,paymentReference,orderDate,customerName,customerType,companyName,vatNumber,customerEmail,customerId,yourReference,country,paymentMethod,status,statusReason,shippingStatus,completeness,currency,total,outstanding,credited,daysToExpiry,paymentState,dueDate,agreedDueDate,activatedAt,lastCreditedAt',
    );
    const column = (name: string) => header!.indexOf(name);
    const listed = (await (await call(`/orders${filters}&pageSize=100`, { token, mode: 'test' })).json()) as OrderPage;
    expect(rows).toHaveLength(listed.total);
    // Said before the rows, so the app can count them in as they arrive.
    expect(response.headers.get('Comptoir-Row-Count')).toBe(String(listed.total));
    expect(rows.slice(0, listed.items.length).map((row) => row[0])).toEqual(listed.items.map((order) => order.orderNumber));
    expect(rows.every((row) => /^7\d{6}$/.test(row[0] ?? ''))).toBe(true);
    expect(rows.every((row) => ['paid', 'credited'].includes(row[column('status')]!) && ['BE', 'NL'].includes(row[column('country')]!))).toBe(true);
    const first = listed.items[0];
    expect([rows[0]?.[column('currency')], rows[0]?.[column('total')]]).toEqual([first?.currency, ((first?.total ?? 0) / 100).toFixed(2)]);
  });

  it('takes a list filter sent as repeated parameters, as the list does', async () => {
    const token = await signIn('finance');
    const repeated = await call('/exports/orders?status=paid&status=credited&country=BE', { token, mode: 'test' });
    const joined = await call('/exports/orders?status=paid,credited&country=BE', { token, mode: 'test' });
    expect([repeated.status, joined.status]).toEqual([200, 200]);
    expect(await repeated.text()).toBe(await joined.text());
  });

  it('takes the payment filters and sort of the list: the overdue orders, the longest overdue first', async () => {
    const token = await signIn('finance');
    const filters = '?paymentState=overdue,reminder-1,reminder-2&overdueByMoreThanDays=3&sort=dueDate&order=asc';
    const listed = (await (await call(`/orders${filters}&pageSize=100`, { token })).json()) as OrderPage;
    expect(listed.total).toBeGreaterThan(0);
    const [header, ...rows] = parseCsv(await (await call(`/exports/orders${filters}`, { token })).text(), { bom: true }) as string[][];
    const column = (name: string) => header!.indexOf(name);
    expect(rows.map((row) => row[0])).toEqual(listed.items.map((order) => order.orderNumber));
    expect(rows.map((row) => [row[column('paymentState')], row[column('dueDate')]])).toEqual(listed.items.map((order) => [order.paymentState, order.dueDate]));
    const dueDates = rows.map((row) => row[column('dueDate')]!);
    expect([...dueDates].sort()).toEqual(dueDates);
  });

  it('refuses support agents', async () => {
    const token = await signIn('support');
    const response = await call('/exports/orders', { token });
    expect(response.status).toBe(403);
    expect(response.headers.get('Content-Type')).toBe('application/problem+json');
  });

  it('checks the filters like the list does', async () => {
    const token = await signIn();
    const response = await call('/exports/orders?method=cash', { token });
    expect(response.status).toBe(422);
    expect(((await response.json()) as { errors: object }).errors).toHaveProperty('method');
  });

  it('refuses a parameter it does not read, rather than export every order for a misspelt filter', async () => {
    const token = await signIn('finance');
    const misspelt = await call('/exports/orders?stauts=created&contry=BE', { token });
    expect(misspelt.status).toBe(400);
    expect(misspelt.headers.get('Content-Type')).toBe('application/problem+json');
    expect(((await misspelt.json()) as { detail: string }).detail).toMatch(/^Unknown query parameter "stauts", "contry": this address reads q, status, /);
    // Its filters and its CSV choices are both read.
    expect((await call('/exports/orders?status=created&country=BE&format=excel&locale=fr-BE', { token })).status).toBe(200);
    const list = await call('/orders?pagesize=5&Status=created', { token });
    expect(list.status).toBe(400);
    expect(((await list.json()) as { detail: string }).detail).toMatch(/^Unknown query parameter "pagesize", "Status": /);
    // A parameter sent twice is told so, unless it takes a list, where both values count.
    const twice = await call('/orders?page=1&page=2&status=created&status=paid', { token });
    expect(twice.status).toBe(422);
    expect(((await twice.json()) as { errors: object }).errors).toEqual({ page: ['Sent 2 times: send it once.'] });
    // Told with the other problems of the query, not instead of them.
    const twiceAndWrong = await call('/orders?page=1&page=2&pageSize=0', { token });
    expect(((await twiceAndWrong.json()) as { errors: object }).errors).toEqual({ page: ['Sent 2 times: send it once.'], pageSize: [expect.any(String)] });
    // A search sent twice is no search for both words joined by a comma.
    const searchTwice = await call('/orders?q=David&q=David', { token });
    expect(searchTwice.status).toBe(422);
    expect(((await searchTwice.json()) as { errors: object }).errors).toEqual({ q: ['Sent 2 times: send it once.'] });
    expect((await call('/orders?status=created&status=paid', { token })).status).toBe(200);
    const wrongInList = await call('/orders?status=created&status=bogus', { token });
    expect(wrongInList.status).toBe(422);
    expect(JSON.stringify(((await wrongInList.json()) as { errors: object }).errors)).toContain('bogus');
  });

  it('writes a typed reason as typed, a formula made harmless', async () => {
    const token = await signIn();
    const reasons = ['$t(reasons.expired) {{nsSeparator}}', '=HYPERLINK("http://evil.example")', '<img src=x onerror=alert(1)>'];
    const numbers: string[] = [];
    for (const reason of reasons) {
      const created = await orderIn('created', token);
      expect((await postAction(created.orderNumber, 'cancel', { version: created.version, reason }, { token })).status).toBe(200);
      numbers.push(created.orderNumber);
    }
    const text = await (await call('/exports/orders?status=cancelled', { token })).text();
    const [header, ...rows] = parseCsv(text, { bom: true }) as string[][];
    const reasonOf = (orderNumber: string) => rows.find((row) => row[0] === orderNumber)?.[header!.indexOf('statusReason')];
    expect(numbers.map(reasonOf)).toEqual([reasons[0], `'${reasons[1]}`, reasons[2]]);
  });

  it("writes a German spreadsheet's CSV: ';', decimal commas, German headers, times on the merchant's clock", async () => {
    const token = await signIn('finance');
    const listed = (await (await call('/orders?status=activated&sort=orderNumber&order=asc&pageSize=5', { token })).json()) as OrderPage;
    const response = await call('/exports/orders?status=activated&sort=orderNumber&order=asc&format=excel&locale=de-DE', { token });
    expect(response.headers.get('Content-Disposition')).toMatch(/^attachment; filename="orders-live-\d{4}-\d{2}-\d{2}-excel-de-DE\.csv"$/);
    const [header, ...rows] = parseCsv(await response.text(), { bom: true, delimiter: ';' }) as string[][];
    expect(header?.slice(0, 3)).toEqual(['Bestellnummer', 'Zahlungsreferenz', 'Bestelldatum (Europe/Brussels)']);
    expect(header?.slice(-2)).toEqual(['Aktivierungsdatum (Europe/Brussels)', 'Letzte Gutschrift (Europe/Brussels)']);
    const first = listed.items[0]!;
    const row = rows[0]!;
    expect(row[0]).toBe(first.orderNumber);
    expect(row[header!.indexOf('Gesamt')]).toBe((first.total / 100).toFixed(2).replace('.', ','));
    expect(row[2]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    // Values read in the spreadsheet's language too: the words the app shows in German.
    expect(row[header!.indexOf('Zahlung')]).toBe(valueTexts.de.paymentState[first.paymentState!]);
    expect(row[header!.indexOf('Status')]).toBe('Aktiviert');
    expect(row[header!.indexOf('Zahlungsart')]).toBe(valueTexts.de.paymentMethod[first.paymentMethod]);
  });

  it('gives an English spreadsheet readable headings, times on the merchant\'s clock, while the standard file keeps its keys', async () => {
    const token = await signIn('finance');
    const headerOf = async (query: string) => (parseCsv(await (await call(`/exports/orders?${query}`, { token })).text(), { bom: true }) as string[][])[0];
    const english = await headerOf('format=excel&locale=en-GB');
    expect(english?.slice(0, 3)).toEqual(['Order number', 'Payment reference', 'Order date (Europe/Brussels)']);
    expect(english?.slice(-2)).toEqual(['Activation date (Europe/Brussels)', 'Last credited (Europe/Brussels)']);
    expect((await headerOf('format=rfc4180'))?.slice(0, 3)).toEqual(['orderNumber', 'paymentReference', 'orderDate']);
  });

  it("writes a seeded reason in the spreadsheet's language, a typed one as typed", async () => {
    const token = await signIn('finance');
    const listed = (await (await call('/orders?status=cancelled&pageSize=100', { token })).json()) as OrderPage;
    const seeded = listed.items.find((order) => order.statusReasonCode !== null)!;
    const response = await call(`/exports/orders?q=${seeded.orderNumber}&format=excel&locale=fr-BE`, { token });
    const [header, row] = parseCsv(await response.text(), { bom: true, delimiter: ';' }) as string[][];
    expect(row![header!.indexOf('Motif du statut')]).toBe(valueTexts.fr.reasons[seeded.statusReasonCode!]);
    expect(row![header!.indexOf('Statut')]).toBe('Annulée');
  });
});

