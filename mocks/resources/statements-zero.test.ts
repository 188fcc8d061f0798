import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import type { OrderDetail } from '@/contract/orders';
import type { Statement } from '@/contract/statements';
import { setToday } from '../rules/clock';
import { call, signIn } from '../testing/api-client';
import { orderIn, postAction } from '../testing/order-calls';
import { resetSmallBackend } from '../testing/small-backend';
import { statementSoFar } from '../testing/statement-books';

// A week whose net is zero is final and settles nothing: no payout or debit, so none of its files
// names a payout date or an account, and its camt.053 has no forward balance on that date.

/** The PDF's text, its lines joined. */
function pdfText(bytes: ArrayBuffer): string {
  const pdf = new TextDecoder('windows-1252').decode(bytes);
  return [...pdf.matchAll(/\((.*)\) Tj/g)].map(([, text]) => text!.replaceAll("\\'", "'")).join('\n');
}

const schema = fileURLToPath(new URL('../standards/camt.053.001.08.xsd', import.meta.url));

/** Whether xmllint finds `xml` valid against the official camt.053.001.08 schema. */
function validates(xml: string): boolean {
  const result = spawnSync('xmllint', ['--noout', '--schema', schema, '-'], { input: xml, encoding: 'utf8' });
  if (result.error) throw new Error(`xmllint is needed to validate camt.053 files (Debian: libxml2-utils): ${result.error.message}`);
  return result.status === 0;
}

describe('the PDF of a week whose net is zero', () => {
  let token: string;

  beforeEach(async () => {
    resetSmallBackend();
    token = await signIn('finance');
    const statement = (await (await call('/statements/2026-W01', { token })).json()) as Statement;
    expect(statement).toMatchObject({ net: 0 });
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

describe('the files of a week whose movements add up to zero', () => {
  let token: string;
  let statement: Statement;

  // On Sunday 2026-11-29, the last day of 2026-W48, an order is activated, then reduced by the
  // week's net so far (its chargeback included): once over, the week has movements and a zero net.
  beforeEach(async () => {
    resetSmallBackend();
    setToday('2026-11-29');
    const admin = await signIn('admin');
    const created = await orderIn('created', admin);
    const activated = (await (await postAction(created.orderNumber, 'activate', { version: created.version }, { token: admin })).json()) as OrderDetail;
    // The running week has no statement yet: its books say what it has come to so far.
    const running = await statementSoFar('3333', 'live', '2026-W48');
    const body = { version: activated.version, reason: 'Price agreed with the customer', amount: running.net };
    expect((await postAction(created.orderNumber, 'reductions', body, { token: admin })).status).toBe(200);
    setToday('2026-11-30');
    token = await signIn('finance');
    statement = (await (await call('/statements/2026-W48', { token })).json()) as Statement;
    expect(statement).toMatchObject({ net: 0 });
    expect(statement.movementCount).toBeGreaterThan(0);
  });

  it('gives CSV rows with no payout date, standard or spreadsheet, as the PDF names none', async () => {
    for (const [query, delimiter] of [['format=rfc4180', ','], ['format=excel&locale=fr-BE', ';']] as const) {
      const [head, ...rows] = parseCsv(await (await call(`/statements/2026-W48/csv?${query}`, { token })).text(), { bom: true, delimiter }) as string[][];
      expect(head).toHaveLength(9);
      expect(rows).toHaveLength(statement.movementCount);
      expect(rows.map((row) => row[8])).toEqual(rows.map(() => ''));
    }
    const pdf = pdfText(await (await call('/statements/2026-W48/pdf', { token })).arrayBuffer());
    expect(pdf).toContain("Nothing to pay out: the week's net is zero.");
    expect(pdf).not.toContain('Payout date');
  });

  it('gives a camt.053 the schema accepts, with no forward balance on a payout date', async () => {
    const xml = await (await call('/statements/2026-W48/camt053', { token })).text();
    expect(validates(xml)).toBe(true);
    // Its movements, and the payout of the week before, which it opened with.
    expect(xml.match(/<Ntry>/g)).toHaveLength(statement.movementCount + 1);
    expect(xml).toContain('<NtryRef>PAYOUT-2026-W47</NtryRef>');
    expect(xml).toContain('<Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">0.00</Amt>');
    expect(xml).not.toContain('<Cd>FWAV</Cd>');
    expect(xml).not.toContain(statement.payoutDate);
    expect(xml).toContain('The closing balance is zero: nothing is paid out or debited.');
  });
});
