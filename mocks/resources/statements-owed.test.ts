import type { OrderPage } from '@/contract/orders';
import type { Statement } from '@/contract/statements';
import { setToday } from '../rules/clock';
import { regionalMoney } from '../rules/value-texts';
import { call, signIn } from '../testing/api-client';
import { resetSmallBackend } from '../testing/small-backend';

// A week that gives back more than it pays: on Tuesday 2026-11-24 nothing has moved yet in
// 2026-W48, so cancelling an activated order makes its net negative; on Monday 2026-11-30 the week
// is over and its files are issued. The merchant owes the amount: it is no payout.

/** The PDF's text, its lines joined. */
function pdfText(bytes: ArrayBuffer): string {
  const pdf = new TextDecoder('windows-1252').decode(bytes);
  return [...pdf.matchAll(/\((.*)\) Tj/g)].map(([, text]) => text!.replaceAll("\\'", "'")).join('\n');
}

describe('the files of a week with a negative net', () => {
  let token: string;
  let statement: Statement;

  beforeEach(async () => {
    resetSmallBackend();
    const admin = await signIn('admin');
    const [order] = ((await (await call('/orders?status=activated&pageSize=1', { token: admin })).json()) as OrderPage).items;
    const body = JSON.stringify({ version: order?.version, reason: 'Customer withdrew: Łukasz ✓ 日本' });
    expect((await call(`/orders/${order?.orderNumber}/cancel`, { token: admin, method: 'POST', body })).status).toBe(200);
    setToday('2026-11-30');
    token = await signIn('finance');
    statement = (await (await call('/statements/2026-W48', { token })).json()) as Statement;
    expect(statement.net).toBeLessThan(0);
  });

  it('gives a PDF that says the amount due and the day it is debited, never a negative payout', async () => {
    const owed = regionalMoney(-statement.net, 'EUR', 'en', 'BE');
    const text = pdfText(await (await call('/statements/2026-W48/pdf', { token })).arrayBuffer());
    expect(text).toContain('Debit date: 01/12/2026');
    expect(text).toContain(`Net amount due\n${owed}`);
    expect(text).toContain('Debited from: Atelier Lumière SRL, BE71 0961 2345 6769');
    expect(text).not.toContain('Paid to');
    expect(text).not.toContain('Net payout');
    expect(text).not.toContain('Payout date');
    // The table's sum is signed as its rows are; nothing else shows the week's net below zero.
    const signedSum = regionalMoney(statement.net, 'EUR', 'en', 'BE');
    expect(text.split(signedSum)).toHaveLength(2);
    expect(text).toContain(`Sum of the ${statement.movementCount} movements\n${signedSum}`);

    const languages = { fr: ['Date de prélèvement : ', 'Montant net dû'], nl: ['Afschrijvingsdatum: ', 'Netto verschuldigd bedrag'], de: ['Abbuchungsdatum: ', 'Fälliger Nettobetrag'] };
    for (const [language, expected] of Object.entries(languages)) {
      const translated = pdfText(await (await call(`/statements/2026-W48/pdf?lang=${language}`, { token })).arrayBuffer());
      for (const words of expected) expect(translated).toContain(words);
    }
  });

  it('writes the reason typed with characters its fonts lack as one line of text, approximated', async () => {
    const text = pdfText(await (await call('/statements/2026-W48/pdf', { token })).arrayBuffer());
    const line = text.split('\n').find((candidate) => candidate.includes('Customer withdrew'));
    expect(line).toMatch(/Customer withdrew: Lukasz \? \?\?$/);
  });
});
