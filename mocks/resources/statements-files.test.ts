import { parse as parseCsv } from 'csv-parse/sync';
import type { OrderPage } from '@/contract/orders';
import type { Movement, Statement } from '@/contract/statements';
import { resetMockBackend } from '../node';
import { setToday } from '../rules/clock';
import { describeMovement, regionalMoney, valueTexts } from '../rules/value-texts';
import { call, passSecurityCheck, signIn } from '../testing/api-client';
import { resetSmallBackend, today } from '../testing/small-backend';

const header = ['week', 'date', 'type', 'orderNumber', 'paymentReference', 'description', 'amount', 'currency', 'payoutDate'];

/** RFC 4180 read back: quoted fields may hold commas, quotes and line breaks. */

async function statementOf(week: string, token: string, mode: 'test' | 'live' = 'live'): Promise<Statement> {
  return (await (await call(`/statements/${week}`, { token, mode })).json()) as Statement;
}

describe('statement downloads', () => {
  let token: string;

  beforeEach(async () => {
    resetSmallBackend();
    token = await signIn('finance');
  });

  it('gives the movements as CSV that reads back as the statement and sums to its net', async () => {
    for (const mode of ['live', 'test'] as const) {
      const statement = await statementOf('2026-W47', token, mode);
      const response = await call('/statements/2026-W47/csv', { token, mode });
      expect(response.status).toBe(200);
      expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('Content-Disposition')).toBe(`attachment; filename="statement-3333-${mode}-2026-W47.csv"`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder().decode(bytes);
      expect(text.endsWith('\r\n')).toBe(true);

      const [head, ...rows] = parseCsv(text, { bom: true });
      expect(head).toEqual(header);
      const movements: Omit<Movement, 'reason' | 'reasonCode'>[] = rows.map(([week, date, type, orderNumber, reference, description, amount, currency, payoutDate]) => {
        // Test data moves no money: no payout date.
        expect([week, currency, payoutDate]).toEqual(['2026-W47', 'EUR', mode === 'live' ? statement.payoutDate : '']);
        return {
          id: '',
          date: date ?? '',
          type: type as Movement['type'],
          orderNumber: orderNumber || null,
          paymentReference: reference || null,
          description: description ?? '',
          amount: Math.round(Number(amount) * 100),
        };
      });
      // The reason apart is for translating: the file's description already carries it.
      expect(movements).toEqual(statement.movements.map(({ reason: _reason, reasonCode: _code, ...movement }) => ({ ...movement, id: '' })));
      expect(rows.every((row) => /^-?\d+\.\d{2}$/.test(row[6] ?? ''))).toBe(true);
      expect(movements.reduce((sum, movement) => sum + movement.amount, 0)).toBe(statement.net);
    }
  });

  it('quotes the commas and quotes of a reason a user typed', async () => {
    const admin = await signIn('admin');
    const [order] = ((await (await call('/orders?status=activated&pageSize=10', { token, mode: 'test' })).json()) as OrderPage).items;
    const reason = '=HYPERLINK("http://x.example"), "goodwill"';
    const body = JSON.stringify({ version: order?.version, reason, amount: 100 });
    expect((await call(`/orders/${order?.orderNumber}/reductions`, { token: admin, mode: 'test', method: 'POST', body })).status).toBe(200);
    setToday('2026-11-30');

    const text = new TextDecoder().decode(await (await call('/statements/2026-W48/csv', { token, mode: 'test' })).arrayBuffer());
    const row = parseCsv(text, { bom: true }).find((cells) => cells[3] === order?.orderNumber && cells[2] === 'reduction');
    expect(row?.[5]).toBe(`Order ${order?.orderNumber} partially cancelled: ${reason}`);
    expect(row?.[6]).toBe('-1.00');
  });

  it('announces no payout in the PDF of test data', async () => {
    const pdfOf = async (mode: 'live' | 'test') =>
      new TextDecoder('latin1').decode(await (await call('/statements/2026-W47/pdf', { token, mode })).arrayBuffer());
    const test = await pdfOf('test');
    expect(test).toContain('(No payout: in test data no money is paid out.)');
    expect(test).not.toContain('Payout date');
    expect(test).toContain('(Net, not paid out)');
    expect(test).not.toContain('Net payout');
    expect(test).not.toContain('Paid to');
    const live = await pdfOf('live');
    expect(live).toContain('(Payout date: 24/11/2026)');
    // For the records, as the statement's page does: the account the payout went to.
    expect(live).toContain('(Paid to: Atelier Lumi\xe8re SRL, BE71 0961 2345 6769)');
  });

  it('says under the week of its PDF, in the language asked for, that its days are UTC days', async () => {
    // The PDF's text, its lines joined: a long sentence is drawn over several lines.
    const textOf = async (language: string) => {
      const pdf = new TextDecoder('windows-1252').decode(await (await call(`/statements/2026-W47/pdf?lang=${language}`, { token })).arrayBuffer());
      return [...pdf.matchAll(/\((.*)\) Tj/g)].map(([, text]) => text!.replaceAll("\\'", "'")).join(' ');
    };
    expect(await textOf('en')).toContain(
      "Week 2026-W47: Monday 16/11/2026 to Sunday 22/11/2026 Days and weeks are counted in UTC, not in local time: an order activated at 00:45 on a Monday, Central European time, falls on the Sunday before, in the previous week's statement. Payout date: 24/11/2026",
    );
    expect(await textOf('de')).toContain('Tage und Wochen werden in UTC gezählt, nicht in Ortszeit: Eine Bestellung, die an einem Montag um 0:45 Uhr mitteleuropäischer Zeit aktiviert wurde, fällt auf den Sonntag davor und in die Abrechnung der Vorwoche.');
  });

  it('gives a zero week a CSV with its header only', async () => {
    const response = await call('/statements/2026-W01/csv', { token });
    expect(new TextDecoder().decode(await response.arrayBuffer())).toBe(`${header.join(',')}\r\n`);
  });

  it('gives the statement as a PDF with the week, totals and every order', async () => {
    const bergblick = await signIn('bergblick');
    await passSecurityCheck(bergblick);
    const statement = await statementOf('2026-W47', bergblick);
    const response = await call('/statements/2026-W47/pdf', { token: bergblick });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/pdf');
    expect(response.headers.get('Content-Disposition')).toBe('attachment; filename="statement-4711-live-2026-W47.pdf"');
    const text = new TextDecoder('latin1').decode(await response.arrayBuffer());
    expect(text.startsWith('%PDF-')).toBe(true);
    for (const expected of [
      'Weekly statement',
      'Bergblick AG, merchant 4711',
      'Mode: Live',
      'Week 2026-W47: Monday 16.11.2026 to Sunday 22.11.2026',
      'Payout date: 24.11.2026',
      // Swiss money, as Switzerland writes it in English.
      regionalMoney(statement.net, 'CHF', 'en', 'CH'),
      regionalMoney(statement.gross, 'CHF', 'en', 'CH'),
      'Page 1 of 1',
    ]) {
      expect(text).toContain(expected);
    }
    for (const movement of statement.movements) if (movement.orderNumber) expect(text).toContain(`(${movement.orderNumber})`);
  });

  it('runs a long statement over several pages, each with the table header and its page number', async () => {
    resetMockBackend({ ordersPerWorld: 3000, today });
    token = await signIn('finance');
    const statement = await statementOf('2026-W47', token, 'test');
    const text = new TextDecoder('latin1').decode(await (await call('/statements/2026-W47/pdf', { token, mode: 'test' })).arrayBuffer());
    const pages = Number(/Page 1 of (\d+)/.exec(text)?.[1]);
    expect(pages).toBeGreaterThan(1);
    for (let page = 1; page <= pages; page += 1) expect(text).toContain(`(Page ${page} of ${pages})`);
    expect(text.split('(Payment reference)').length - 1).toBe(pages);
    expect(text).toContain('Mode: Test');
    expect(text).toContain(`(${regionalMoney(statement.net, 'EUR', 'en', 'BE')})`);
    for (const movement of statement.movements) if (movement.orderNumber) expect(text).toContain(`(${movement.orderNumber})`);
    // The table ends on the sum of its amounts, the week's net, after its last movement.
    const lastMovement = statement.movements.at(-1)!;
    const total = text.indexOf(`(Sum of the ${statement.movementCount} movements)`);
    expect(total).toBeGreaterThan(text.lastIndexOf(`(${lastMovement.description})`));
    expect(text.indexOf(`(${regionalMoney(statement.net, 'EUR', 'en', 'BE')})`, total)).toBeGreaterThan(total);
  });

  it('closes the movements of a short statement on their sum too, in the language asked for', async () => {
    const statement = await statementOf('2026-W47', token);
    const text = new TextDecoder('windows-1252').decode(await (await call('/statements/2026-W47/pdf?lang=fr', { token })).arrayBuffer());
    expect(text).toContain(`(Somme des ${statement.movementCount} mouvements)`);
    expect(text.split(`(${regionalMoney(statement.net, 'EUR', 'fr', 'BE')})`).length - 1).toBe(2);
  });

  it('gives a French spreadsheet its own CSV: ";" between fields, decimal commas, French headers, the same net', async () => {
    const statement = await statementOf('2026-W47', token);
    const response = await call('/statements/2026-W47/csv?format=excel&locale=fr-BE', { token });
    expect(response.status).toBe(200);
    // Named apart from the standard file, so that both can be kept side by side.
    expect(response.headers.get('Content-Disposition')).toBe('attachment; filename="statement-3333-live-2026-W47-excel-fr-BE.csv"');
    const [head, ...rows] = parseCsv(await response.text(), { bom: true, delimiter: ';' }) as string[][];
    expect(head).toEqual(['Semaine', 'Date', 'Type', 'Numéro de commande', 'Référence de paiement', 'Description', 'Montant', 'Devise', 'Date de versement']);
    expect(rows).toHaveLength(statement.movementCount);
    expect(rows.every((row) => /^-?\d+,\d{2}$/.test(row[6] ?? ''))).toBe(true);
    const net = rows.reduce((sum, row) => sum + Math.round(Number(row[6]!.replace(',', '.')) * 100), 0);
    expect(net).toBe(statement.net);
  });

  it('writes the statement PDF in the language asked for, with money and days as the merchant\'s country writes them', async () => {
    const statement = await statementOf('2026-W47', token);
    const text = new TextDecoder('windows-1252').decode(await (await call('/statements/2026-W47/pdf?lang=fr', { token })).arrayBuffer());
    for (const expected of ['Relevé hebdomadaire', 'Atelier Lumière, marchand 3333', 'Date de versement : 24/11/2026', 'Versement net', 'Page 1 sur 1']) {
      expect(text).toContain(expected);
    }
    expect(text).toContain(`(${regionalMoney(statement.net, 'EUR', 'fr', 'BE')})`);
    for (const type of new Set(statement.movements.map((movement) => movement.type))) expect(text).toContain(`(${valueTexts.fr.movementTypes[type]})`);
    expect((await call('/statements/2026-W47/pdf?lang=es', { token })).status).toBe(422);
  });

  it('gives an English spreadsheet readable headings, the standard file its keys', async () => {
    const response = await call('/statements/2026-W47/csv?format=excel&locale=en-GB', { token });
    const [head] = parseCsv(await response.text(), { bom: true }) as string[][];
    expect(head).toEqual(['Week', 'Date', 'Type', 'Order number', 'Payment reference', 'Description', 'Amount', 'Currency', 'Payout date']);
    const [standard] = parseCsv(await (await call('/statements/2026-W47/csv?format=rfc4180', { token })).text(), { bom: true }) as string[][];
    expect(standard).toEqual(header);
  });

  it('describes every movement of a French spreadsheet in French, chargebacks and fee corrections included', async () => {
    const statement = await statementOf('2026-W47', token);
    const response = await call('/statements/2026-W47/csv?format=excel&locale=fr-BE', { token });
    const [, ...rows] = parseCsv(await response.text(), { bom: true, delimiter: ';' }) as string[][];
    expect(rows.map((row) => [row[2], row[5]])).toEqual(
      statement.movements.map((movement) => [valueTexts.fr.movementTypes[movement.type], describeMovement('fr', movement, statement.weekNumber)]),
    );
    expect(describeMovement('fr', { type: 'adjustment', orderNumber: null, reason: null, reasonCode: null }, 47)).toBe('Correction des frais, semaine 47');
  });

  it('describes a return with its reason in every file, in the language of the file', async () => {
    const statement = await statementOf('2026-W46', token);
    const returned = statement.movements.find((movement) => movement.type === 'return' && movement.reasonCode === 'damaged-in-transit');
    const orderNumber = returned?.orderNumber ?? 'none';
    const english = `Items of order ${orderNumber} returned: Damaged in transit`;
    const french = `Articles de la commande ${orderNumber} retournés : Endommagé pendant le transport`;
    expect(returned?.description).toBe(english);

    const descriptionIn = async (query: string, delimiter: string) => {
      const rows = parseCsv(await (await call(`/statements/2026-W46/csv?${query}`, { token })).text(), { bom: true, delimiter }) as string[][];
      return rows.find((row) => row[3] === orderNumber)?.[5];
    };
    expect(await descriptionIn('format=rfc4180', ',')).toBe(english);
    expect(await descriptionIn('format=excel&locale=en-GB', ',')).toBe(english);
    expect(await descriptionIn('format=excel&locale=fr-BE', ';')).toBe(french);
    const pdf = new TextDecoder('windows-1252').decode(await (await call('/statements/2026-W46/pdf?lang=fr', { token })).arrayBuffer());
    expect(pdf).toContain(`(${french})`);
  });

  it("spells a Swiss merchant's German files without ß, as its reader does, in the spreadsheet and the PDF", async () => {
    const bergblick = await signIn('bergblick');
    const weeks = ((await (await call('/statements?year=2026', { token: bergblick, mode: 'test' })).json()) as { items: { week: string }[] }).items;
    let found: { week: string; movement: Movement } | null = null;
    for (const { week } of weeks) {
      const movement = (await statementOf(week, bergblick, 'test')).movements.find((each) => each.reasonCode === 'wrong-size');
      if (movement) {
        found = { week, movement };
        break;
      }
    }
    expect(found).not.toBeNull();
    const { week, movement } = found!;
    const csv = await (await call(`/statements/${week}/csv?format=excel&locale=de-CH`, { token: bergblick, mode: 'test' })).text();
    const rows = parseCsv(csv, { bom: true, delimiter: ';' }) as string[][];
    expect(rows.find((row) => row[3] === movement.orderNumber)?.[5]).toMatch(/: Falsche Grösse$/);
    expect(csv).not.toContain('ß');
    const pdf = new TextDecoder('windows-1252').decode(await (await call(`/statements/${week}/pdf?lang=de`, { token: bergblick, mode: 'test' })).arrayBuffer());
    expect(pdf).toContain('Falsche Grösse');
    expect(pdf).not.toContain('Größe');
    // A reader in Germany keeps the ß, in the same merchant's file.
    const german = parseCsv(await (await call(`/statements/${week}/csv?format=excel&locale=de-DE`, { token: bergblick, mode: 'test' })).text(), { bom: true, delimiter: ';' }) as string[][];
    expect(german.find((row) => row[3] === movement.orderNumber)?.[5]).toMatch(/: Falsche Größe$/);
  });

  it('describes every movement in the PDF, a fee correction included', async () => {
    const statement = await statementOf('2026-W36', token);
    expect(statement.movements.some((movement) => movement.description === 'Fee correction, week 36')).toBe(true);
    const pdf = new TextDecoder('latin1').decode(await (await call('/statements/2026-W36/pdf', { token })).arrayBuffer());
    for (const movement of statement.movements) expect(pdf).toContain(`(${movement.description})`);
  });

  it('refuses a CSV flavour or a locale it does not know (422)', async () => {
    for (const query of ['format=xlsx', 'format=excel&locale=french']) {
      const response = await call(`/statements/2026-W47/csv?${query}`, { token });
      expect(response.status).toBe(422);
    }
  });

  it('refuses an empty format, locale or language as it refuses an unknown one: a file has no empty choice', async () => {
    const problemOf = async (path: string) => {
      const response = await call(path, { token });
      return { status: response.status, type: response.headers.get('Content-Type'), body: await response.json() };
    };
    const pairs = [
      ['/statements/2026-W47/csv?format=', '/statements/2026-W47/csv?format=foo'],
      ['/statements/2026-W47/csv?format=excel&locale=', '/statements/2026-W47/csv?format=excel&locale=french'],
      ['/statements/2026-W47/pdf?lang=', '/statements/2026-W47/pdf?lang=FR'],
    ];
    for (const [empty, unknown] of pairs) {
      const refused = await problemOf(unknown!);
      expect(refused).toMatchObject({ status: 422, type: 'application/problem+json' });
      expect(await problemOf(empty!)).toEqual(refused);
    }
    expect((await problemOf('/statements/2026-W47/pdf?lang=')).body.errors).toEqual({ lang: ['Use one of en, fr, nl, de.'] });
  });
});

