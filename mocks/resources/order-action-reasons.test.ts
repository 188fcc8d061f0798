import { parse as parseCsv } from 'csv-parse/sync';
import type { OrderDetail } from '@/contract/orders';
import { resetMockBackend } from '../node';
import { call, signIn } from '../testing/api-client';
import { getOrder, orderIn, postAction, problemOf } from '../testing/order-calls';

// A reason picked from the app's list is kept as its code, so that every reader sees it in their own
// language: a colleague, the list's CSV and the shopper's credit note. A note added to it stays as typed.

let token: string;

beforeEach(async () => {
  resetMockBackend({ ordersPerWorld: 300, today: '2026-11-24' });
  token = await signIn();
});

async function act(order: OrderDetail, action: string, body: object): Promise<OrderDetail> {
  const response = await postAction(order.orderNumber, action, { version: order.version, ...body }, { token });
  expect(response.status).toBe(200);
  return (await response.json()) as OrderDetail;
}

/** The PDF's bytes as text: jsPDF writes uncompressed WinAnsi text. */
async function pdfText(order: OrderDetail, documentId: string, lang: string): Promise<string> {
  const response = await call(`/orders/${order.orderNumber}/documents/${documentId}?lang=${lang}`, { token });
  expect(response.status).toBe(200);
  return new TextDecoder('windows-1252').decode(await response.arrayBuffer());
}

describe('a reason picked from the list', () => {
  it('is stored as its code, with its English text for software and no note', async () => {
    const order = await orderIn('created', token);
    const cancelled = await act(order, 'cancel', { reasonCode: 'out-of-stock' });
    expect(cancelled).toMatchObject({ status: 'cancelled', statusReason: 'Out of stock', statusReasonCode: 'out-of-stock' });
    expect(cancelled.events.at(-1)).toMatchObject({ type: 'cancelled', reason: 'Out of stock', reasonCode: 'out-of-stock' });
    expect(await getOrder(order.orderNumber, token)).toMatchObject({ statusReasonCode: 'out-of-stock' });
  });

  it('keeps the note added to it as typed, after the code', async () => {
    const order = await orderIn('activated', token);
    const reduced = await act(order, 'reductions', { reasonCode: 'other', reason: ' Seam torn ', amount: 100 });
    expect(reduced.events.at(-1)).toMatchObject({ type: 'reduced', reason: 'Other: Seam torn', reasonCode: 'other' });
  });

  it("stores each returned line's reason as its code, and an old client's typed reasons as typed", async () => {
    const order = await orderIn('activated', token);
    const [first, second] = order.lines;
    const lines = [{ lineId: first!.id, quantity: 1, reasonCode: 'defective' }, ...(second ? [{ lineId: second.id, quantity: 1, reason: 'Wrong colour' }] : [])];
    const returned = await act(order, 'reductions', { reasonCode: 'wrong-item', lines });
    expect(returned.events.at(-1)).toMatchObject({
      type: 'returned',
      reason: 'Wrong item delivered',
      reasonCode: 'wrong-item',
      lines: [
        { lineId: first!.id, quantity: 1, reason: 'Defective', reasonCode: 'defective' },
        ...(second ? [{ lineId: second.id, quantity: 1, reason: 'Wrong colour', reasonCode: null }] : []),
      ],
    });
  });

  it('is refused with 422 naming the field when the code is unknown, or the one only the provider gives', async () => {
    const order = await orderIn('activated', token);
    for (const [body, field] of [
      [{ reasonCode: 'bored' }, 'reasonCode'],
      [{ reasonCode: 'expired' }, 'reasonCode'],
      [{ reasonCode: 'other', lines: [{ lineId: order.lines[0]!.id, quantity: 1, reasonCode: 'bored' }] }, 'lines.0.reasonCode'],
      [{ reason: '  ' }, 'reason'],
      [{}, 'reason'],
    ] as const) {
      const response = await postAction(order.orderNumber, 'lines' in body ? 'reductions' : 'cancel', { version: order.version, ...body }, { token });
      expect(response.status).toBe(422);
      expect(Object.keys((await problemOf(response)).errors ?? {})).toEqual([field]);
    }
  });
});

describe('a coded reason in the files a person reads', () => {
  it("prints the credit note's reason and each line's in the document's language, the note as typed", async () => {
    const order = await orderIn('activated', token);
    const line = order.lines[0]!;
    const returned = await act(order, 'reductions', { reasonCode: 'other', reason: 'Seam torn', lines: [{ lineId: line.id, quantity: 1, reasonCode: 'defective' }] });
    const creditNote = returned.documents.at(-1)!;
    const german = await pdfText(returned, creditNote.id, 'de');
    expect(german).toContain('(Sonstiges: Seam torn)');
    // The line's reason in brackets, which the PDF escapes.
    expect(german).toContain('\\(Defekt\\)');
    expect(german).not.toMatch(/Other|Defective/);
    const french = await pdfText(returned, creditNote.id, 'fr');
    expect(french).toContain('(Autre : Seam torn)');
    expect(french).toContain('\\(Défectueux\\)');
  });

  it("writes the status reason in the spreadsheet's language, with its note", async () => {
    const order = await orderIn('created', token);
    await act(order, 'cancel', { reasonCode: 'out-of-stock', reason: 'Supplier late' });
    const csv = async (query: string, delimiter: string) => {
      const [header, row] = parseCsv(await (await call(`/exports/orders?q=${order.orderNumber}&${query}`, { token })).text(), { bom: true, delimiter }) as string[][];
      return (column: string) => row![header!.indexOf(column)];
    };
    expect((await csv('format=excel&locale=fr-BE', ';'))('Motif du statut')).toBe('Rupture de stock : Supplier late');
    expect((await csv('format=excel&locale=en-GB', ','))('Status reason')).toBe('Out of stock: Supplier late');
    // For software, the code, as the API answers it.
    expect((await csv('format=rfc4180', ','))('statusReason')).toBe('out-of-stock');
  });
});
