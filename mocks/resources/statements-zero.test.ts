import type { Statement } from '@/contract/statements';
import { call, signIn } from '../testing/api-client';
import { resetSmallBackend } from '../testing/small-backend';

// Weeks before the first money movement are final and zero: nothing is paid out or debited, so the
// PDF names no payout date and no account, as the camt.053 of the same week says in its words.

/** The PDF's text, its lines joined. */
function pdfText(bytes: ArrayBuffer): string {
  const pdf = new TextDecoder('windows-1252').decode(bytes);
  return [...pdf.matchAll(/\((.*)\) Tj/g)].map(([, text]) => text!.replaceAll("\\'", "'")).join('\n');
}

describe('the PDF of a week whose net is zero', () => {
  let token: string;

  beforeEach(async () => {
    resetSmallBackend();
    token = await signIn('finance');
    const statement = (await (await call('/statements/2026-W01', { token })).json()) as Statement;
    expect(statement).toMatchObject({ provisional: false, net: 0 });
  });

  it('says there is nothing to pay out, with no payout date and no account, in every language', async () => {
    const words = {
      en: ["Nothing to pay out: the week's net is zero.", 'Payout date', 'Paid to', 'held until'],
      fr: ['Rien à verser : le net de la semaine est nul.', 'Date de versement', 'Compte de versement', 'retenu'],
      nl: ['Niets uit te betalen: het netto van de week is nul.', 'Uitbetalingsdatum', 'Uitbetaald aan', 'aangehouden'],
      de: ['Nichts auszuzahlen: Der Nettobetrag der Woche ist null.', 'Auszahlungsdatum', 'Ausgezahlt an', 'zurückgehalten'],
    };
    for (const [language, [nothing, ...never]] of Object.entries(words)) {
      const text = pdfText(await (await call(`/statements/2026-W01/pdf?lang=${language}`, { token })).arrayBuffer());
      expect(text).toContain(nothing);
      for (const words of never) expect(text).not.toContain(words);
      expect(text).not.toMatch(/BE\d\d \d{4}/);
    }
    const camt053 = await (await call('/statements/2026-W01/camt053', { token })).text();
    expect(camt053).toContain('The closing balance is zero: nothing is paid out or debited.');
  });
});
