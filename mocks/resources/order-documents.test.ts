import { jsPDF } from 'jspdf';
import type { OrderDetail } from '@/contract/orders';
import { resetMockBackend } from '../node';
import { regionalDate, regionalMoney } from '../rules/value-texts';
import { call, signIn } from '../testing/api-client';
import { getOrder, listOrders, orderIn, postAction, problemOf } from '../testing/order-calls';

let token: string;

beforeEach(async () => {
  resetMockBackend({ ordersPerWorld: 300, today: '2026-11-24' });
  token = await signIn();
});

/** The document, in English unless `query` asks otherwise (by default it is in the shopper's language). */
const download = (order: OrderDetail, documentId: string, as = token, mode: 'live' | 'test' = 'live', query = '?lang=en') =>
  call(`/orders/${order.orderNumber}/documents/${documentId}${query}`, { token: as, mode });

/** The PDF's bytes as text: jsPDF writes uncompressed WinAnsi text, so what it shows can be searched. */
async function pdfText(response: Response): Promise<string> {
  expect(response.status).toBe(200);
  expect(response.headers.get('Content-Type')).toBe('application/pdf');
  const text = new TextDecoder('windows-1252').decode(await response.arrayBuffer());
  expect(text.startsWith('%PDF-')).toBe(true);
  expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
  return text;
}

/** Where a text starts and ends on its line (points), as the PDF places it, in bold at 10 points. */
function placed(pdf: string, text: string): { from: number; to: number } {
  const match = new RegExp(`([\\d.]+) [\\d.]+ Td\\n\\(${text}\\) Tj`).exec(pdf);
  if (!match) throw new Error(`"${text}" is not in the PDF`);
  const width = new jsPDF().setFont('helvetica', 'bold').getStringUnitWidth(text) * 10;
  return { from: Number(match[1]), to: Number(match[1]) + width };
}

/** The first order a list query finds, read whole. */
async function firstOrderOf(query: string, as: string, mode: 'live' | 'test') {
  const [summary] = (await listOrders(query, as, mode)).items;
  return getOrder(summary!.orderNumber, as, mode);
}

describe('GET /api/orders/{orderNumber}/documents/{documentId}', () => {
  it('downloads the invoice of an activated order as a PDF, for every role that reads orders', async () => {
    const order = await orderIn('paid', token);
    const invoice = order.documents[0]!;
    expect(invoice).toMatchObject({ type: 'invoice', number: `INV-3333-${order.orderNumber}` });
    for (const role of ['admin', 'finance', 'support'] as const) {
      const response = await download(order, invoice.id, await signIn(role));
      expect(response.headers.get('Content-Disposition')).toBe(`attachment; filename="${invoice.number}-en.pdf"`);
      const text = await pdfText(response);
      const region = order.billingAddress.country;
      const due = regionalDate(order.dueDate!, 'en', region);
      for (const shown of ['Comptoir Pay', 'Atelier Lumière', 'merchant 3333', invoice.number, order.paymentReference, due, order.billingAddress.street]) {
        expect(text).toContain(`${shown}`);
      }
      // The shopper can pay from the invoice alone: the provider's account with their own number.
      expect(text).toContain(`IBAN: ${order.payTo.iban.replace(/(.{4})(?=.)/g, '$1 ')}`);
      expect(text).toContain(`BIC: ${order.payTo.bic}`);
      // The seller, and the VAT of each rate worked back from the gross prices, adding up to the total.
      expect(text).toContain('VAT number: BE0123456749');
      expect(text).toContain('VAT summary');
      const rates = new Set(order.lines.map((line) => line.vatRate));
      for (const rate of rates) expect(text).toContain(`(${rate}%)`);
      expect(text).toContain(`(${regionalMoney(order.total, 'EUR', 'en', region)}) Tj`);
      for (const line of order.lines) expect(text).toContain(line.articleNumber);
    }
  });

  // The sentence of the invoice that says how it is paid, by payment method.
  const howEachMethodPays = { invoice: 'Please pay', 'direct-debit': 'will collect', instalments: 'in instalments by card' };

  it.each(Object.keys(howEachMethodPays))('tells the shopper of an order paid by %s how it is paid, with the account for a transfer', async (method) => {
    const [summary] = (await listOrders(`?status=activated&method=${method}`, token)).items;
    const order = await getOrder(summary!.orderNumber, token);
    const text = await pdfText(await download(order, order.documents[0]!.id));
    for (const [other, sentence] of Object.entries(howEachMethodPays)) {
      if (other === method) expect(text).toContain(sentence);
      else expect(text).not.toContain(sentence);
    }
    expect(text).toContain(`IBAN: ${order.payTo.iban.replace(/(.{4})(?=.)/g, '$1 ')}`);
  });

  it('names SEPA for a debit in euros only: a Swiss franc debit is no SEPA one', async () => {
    const atelierOrder = await firstOrderOf('?status=activated&method=direct-debit', token, 'live');
    expect(await pdfText(await download(atelierOrder, atelierOrder.documents[0]!.id))).toContain('by SEPA direct debit on');
    const bergblick = await signIn('bergblick');
    const swissOrder = await firstOrderOf('?status=activated&method=direct-debit', bergblick, 'test');
    expect(swissOrder.currency).toBe('CHF');
    for (const [lang, debit] of [['en', 'by direct debit on'], ['de', 'per Lastschrift von'], ['fr', 'par prélèvement le']]) {
      const text = await pdfText(await download(swissOrder, swissOrder.documents[0]!.id, bergblick, 'test', `?lang=${lang}`));
      expect(text).toContain(debit);
      expect(text).not.toContain('SEPA');
    }
  });

  it('downloads the credit note of a return with its amount, reason and the order it refers to', async () => {
    const order = await orderIn('activated', token);
    const line = order.lines[0]!;
    const response = await postAction(
      order.orderNumber,
      'reductions',
      { version: order.version, reason: 'Goods returned', lines: [{ lineId: line.id, quantity: 1, reason: 'Wrong colour' }] },
      { token },
    );
    const returned = (await response.json()) as OrderDetail;
    const note = returned.documents.at(-1)!;
    expect(note.type).toBe('credit-note');
    const text = await pdfText(await download(returned, note.id, await signIn('finance')));
    for (const shown of [note.number, 'Goods returned', 'Wrong colour', `Refers to order ${order.orderNumber}, invoice INV-3333-${order.orderNumber}`]) {
      expect(text).toContain(shown);
    }
  });

  it('writes a French document the French way: rates, colons, no "de" before a vowel, VAT headers that do not run into each other', async () => {
    const list = (await (await call('/orders?status=paid,activated&country=FR&pageSize=100', { token })).json()) as { items: { orderNumber: string }[] };
    const details = await Promise.all(list.items.map(async ({ orderNumber }) => (await (await call(`/orders/${orderNumber}`, { token })).json()) as OrderDetail));
    const french = details.find((order) => order.lines.some((line) => line.vatRate === 5.5))!;
    const text = await pdfText(await download(french, french.documents[0]!.id, token, 'live', ''));
    // French colons, and no "de Atelier" (the PDF escapes the parentheses of its text).
    expect(text).toContain('(Pour le compte du marchand Atelier Lumière \\(3333\\))');
    expect(text).toContain('(Numéro de TVA : BE0123456749)');
    expect(text).toContain('(5,5 %)');
    expect(text).not.toContain('5.5%');
    const [net, vat, gross] = ['Hors TVA', 'TVA', 'TVA comprise'].map((header) => placed(text, header));
    expect(net!.to).toBeLessThan(vat!.from);
    expect(vat!.to).toBeLessThan(gross!.from);
  });

  it('writes the amounts of its lines as the money of their total is written: a Swiss invoice in French has 12.50 CHF, so 12.50', async () => {
    const bergblick = await signIn('bergblick');
    const order = await orderIn('paid', bergblick, 'test');
    expect([order.currency, order.billingAddress.country]).toEqual(['CHF', 'CH']);
    const text = await pdfText(await download(order, order.documents[0]!.id, bergblick, 'test', '?lang=fr'));
    const total = regionalMoney(order.total, 'CHF', 'fr', 'CH');
    expect(text).toContain(`(${total}) Tj`);
    // The figure of a line is that of its money, without the currency.
    const figure = (cents: number) => regionalMoney(cents, 'CHF', 'fr', 'CH').replace(/ CHF$/, '');
    for (const line of order.lines) {
      expect(text).toContain(`(${figure(line.unitPrice)}) Tj`);
      expect(text).toContain(`(${figure(line.lineTotal)}) Tj`);
    }
  });

  it("names a Swiss VAT number as Switzerland does, and the country of an address by its name", async () => {
    const bergblick = await signIn('bergblick');
    const swissOrder = await orderIn('paid', bergblick, 'test');
    const swissGerman = await pdfText(await download(swissOrder, swissOrder.documents[0]!.id, bergblick, 'test', '?lang=de'));
    // The seller, Bergblick AG, is Swiss.
    expect(swissGerman).toContain('MWST-Nr.: CHE-');
    expect(swissGerman).not.toContain('USt-IdNr.: CHE-');
    expect(swissGerman).toContain('(Schweiz) Tj');
    const french = await pdfText(await download(swissOrder, swissOrder.documents[0]!.id, bergblick, 'test', '?lang=fr'));
    expect(french).toContain('Numéro TVA : CHE-');
    expect(french).toContain('(Suisse) Tj');
    // A Belgian seller's number keeps the language's own name.
    const belgian = await orderIn('paid', token);
    const german = await pdfText(await download(belgian, belgian.documents[0]!.id, token, 'live', '?lang=de'));
    expect(german).toContain('USt-IdNr.: BE');
    expect(german).toContain(`(${new Intl.DisplayNames(['de'], { type: 'region' }).of(belgian.billingAddress.country)}) Tj`);
  });

  it("writes a Swiss shopper's German credit note without ß, a German shopper's with it", async () => {
    /** The credit note of a return of one item of a wrong size, in German. */
    const returnedNote = async (order: OrderDetail, as: string, mode: 'live' | 'test') => {
      const body = { version: order.version, reasonCode: 'wrong-size', lines: [{ lineId: order.lines[0]!.id, quantity: 1, reasonCode: 'wrong-size' }] };
      const returned = (await (await postAction(order.orderNumber, 'reductions', body, { token: as, mode })).json()) as OrderDetail;
      return pdfText(await download(returned, returned.documents.at(-1)!.id, as, mode, '?lang=de'));
    };
    const bergblick = await signIn('bergblick');
    const swissOrder = await orderIn('activated', bergblick, 'test');
    expect(swissOrder.billingAddress.country).toBe('CH');
    const swiss = await returnedNote(swissOrder, bergblick, 'test');
    expect(swiss).toContain('Falsche Grösse');
    expect(swiss).not.toContain('Größe');
    const germanOrder = await firstOrderOf('?status=activated&country=DE', token, 'live');
    expect(germanOrder.billingAddress.country).toBe('DE');
    expect(await returnedNote(germanOrder, token, 'live')).toContain('Falsche Größe');
  });

  it('answers 404 for an unknown document and for the order in the other mode', async () => {
    const order = await orderIn('activated', token);
    const unknown = await download(order, 'CN-3333-0000000-9');
    expect(unknown.status).toBe(404);
    expect((await problemOf(unknown)).detail).toContain('has no document');
    expect((await download(order, order.documents[0]!.id, token, 'test')).status).toBe(404);
    expect((await download(await orderIn('created', token), `INV-3333-${order.orderNumber}`)).status).toBe(404);
  });

  it("writes the invoice in the shopper's language by default, and in another when asked", async () => {
    const list = (await (await call('/orders?status=paid&pageSize=100', { token })).json()) as { items: { orderNumber: string }[] };
    const details = await Promise.all(list.items.map(async ({ orderNumber }) => (await (await call(`/orders/${orderNumber}`, { token })).json()) as OrderDetail));
    const german = details.find((order) => ['DE', 'AT', 'CH'].includes(order.billingAddress.country))!;
    const french = details.find((order) => order.billingAddress.country === 'FR')!;
    const germanFile = await download(german, german.documents[0]!.id, token, 'live', '');
    // Named by its language too, so that it does not overwrite the same document saved in another.
    expect(germanFile.headers.get('Content-Disposition')).toBe(`attachment; filename="${german.documents[0]!.number}-de.pdf"`);
    const inGerman = await pdfText(germanFile);
    expect(inGerman).toContain('Rechnung');
    expect(inGerman).toContain('MwSt.-Übersicht');
    expect(inGerman).toContain('Bitte zahlen Sie');
    // The shopper's region writes the money: "1.234,50 €" in Germany, "€ 1.234,50" in Austria.
    expect(inGerman).toContain(regionalMoney(german.total, 'EUR', 'de', german.billingAddress.country));
    expect(await pdfText(await download(french, french.documents[0]!.id, token, 'live', ''))).toContain('Récapitulatif TVA');
    expect(await pdfText(await download(german, german.documents[0]!.id, token, 'live', '?lang=nl'))).toContain('Btw-overzicht');
    expect((await download(german, german.documents[0]!.id, token, 'live', '?lang=es')).status).toBe(422);
    // An empty language is no language, as for the statement's files: refused, not read as the shopper's.
    expect((await download(german, german.documents[0]!.id, token, 'live', '?lang=')).status).toBe(422);
  });
});

