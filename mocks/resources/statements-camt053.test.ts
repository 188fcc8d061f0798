import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { OrderPage } from '@/contract/orders';
import type { Statement } from '@/contract/statements';
import { statementCamt053 } from '../rules/camt053';
import { setToday } from '../rules/clock';
import { centsToDecimal } from '../rules/money';
import { call, signIn } from '../testing/api-client';
import { resetSmallBackend } from '../testing/small-backend';

const schema = fileURLToPath(new URL('../standards/camt.053.001.08.xsd', import.meta.url));

/** What xmllint says of `xml` against the official camt.053.001.08 schema. */
function validate(xml: string): { valid: boolean; output: string } {
  const result = spawnSync('xmllint', ['--noout', '--schema', schema, '-'], { input: xml, encoding: 'utf8' });
  if (result.error) throw new Error(`xmllint is needed to validate camt.053 files (Debian: libxml2-utils): ${result.error.message}`);
  return { valid: result.status === 0, output: result.stderr };
}

/** Every entry of the file, in its order: its reference, signed cents, status and booking day. */
function entries(xml: string): { ref: string; cents: number; status: string; booked: string }[] {
  return [...xml.matchAll(/<Ntry><NtryRef>([^<]+)<\/NtryRef><Amt Ccy="[A-Z]{3}">([\d.]+)<\/Amt><CdtDbtInd>(CRDT|DBIT)<\/CdtDbtInd><Sts><Cd>([A-Z]+)<\/Cd><\/Sts><BookgDt><Dt>([\d-]+)<\/Dt>/g)].map((match) => ({
    ref: match[1]!,
    cents: Math.round(Number(match[2]) * 100) * (match[3] === 'DBIT' ? -1 : 1),
    status: match[4]!,
    booked: match[5]!,
  }));
}

/** The settlement of the week before, booked in this one: a payout or the debit of an amount due. */
const isSettlement = (ref: string) => /^(PAYOUT|DEBIT)-\d{4}-W\d{2}$/.test(ref);

/** Signed cents of every entry that is a movement of the statement, as the file books them. */
const amounts = (xml: string) => entries(xml).filter((entry) => !isSettlement(entry.ref)).map((entry) => entry.cents);
const sumOf = (cents: readonly number[]) => cents.reduce((sum, value) => sum + value, 0);

function balanceOf(xml: string, code: 'OPBD' | 'CLBD'): number {
  const match = new RegExp(`<Cd>${code}</Cd></CdOrPrtry></Tp><Amt Ccy="[A-Z]{3}">([\\d.]+)</Amt><CdtDbtInd>(CRDT|DBIT)`).exec(xml);
  if (!match) throw new Error(`no ${code} balance`);
  return Math.round(Number(match[1]) * 100) * (match[2] === 'DBIT' ? -1 : 1);
}

describe('GET /api/statements/{week}/camt053', () => {
  beforeEach(() => resetSmallBackend());

  it('is a camt.053.001.08 file the official schema accepts, whose balances add up to the statement', async () => {
    const token = await signIn('finance');
    for (const [week, before] of [['2026-W47', '2026-W46'], ['2026-W40', '2026-W39']] as const) {
      const previous = (await (await call(`/statements/${before}`, { token })).json()) as Statement;
      const statement = (await (await call(`/statements/${week}`, { token })).json()) as Statement;
      const response = await call(`/statements/${week}/camt053`, { token });
      expect(response.status).toBe(200);
      expect(response.headers.get('Content-Type')).toBe('application/xml; charset=utf-8');
      expect(response.headers.get('Content-Disposition')).toBe(`attachment; filename="statement-3333-live-${week}.camt053.xml"`);
      const xml = await response.text();

      const { valid, output } = validate(xml);
      expect(output).toMatch(/validates$/m);
      expect(valid).toBe(true);

      // One booked entry per movement, each with its payment reference, and one for the payout of the
      // week before, on its day: the week opens at that week's closing balance and closes at its own net.
      expect(amounts(xml)).toEqual(statement.movements.map((movement) => movement.amount));
      expect(balanceOf(xml, 'OPBD')).toBe(previous.net);
      expect(entries(xml).filter((entry) => isSettlement(entry.ref))).toEqual([{ ref: `PAYOUT-${before}`, cents: -previous.net, status: 'BOOK', booked: previous.payoutDate }]);
      expect(balanceOf(xml, 'OPBD') + sumOf(entries(xml).map((entry) => entry.cents))).toBe(balanceOf(xml, 'CLBD'));
      expect(balanceOf(xml, 'CLBD')).toBe(statement.net);
      // Every entry is booked within the statement's period, in the order of its days: this week's payout, after it, is none of them.
      const days = entries(xml).map((entry) => entry.booked);
      expect(days).toEqual([...days].sort());
      for (const entry of entries(xml)) {
        expect(entry.status).toBe('BOOK');
        expect(entry.booked >= statement.startDate && entry.booked <= statement.endDate).toBe(true);
      }
      expect(xml).not.toContain(`PAYOUT-${week}`);
      // The payout empties the account on its date: said by the forward available balance, and in words.
      expect(xml).toContain(`<Cd>FWAV</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">0.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>${statement.payoutDate}</Dt></Dt>`);
      expect(xml).toContain(`The closing balance of EUR ${centsToDecimal(statement.net)} is paid out to the payout account of the merchant on ${statement.payoutDate}.`);
      for (const movement of statement.movements.filter((item) => item.paymentReference)) {
        expect(xml).toContain(`<RmtInf><Ustrd>${movement.paymentReference}</Ustrd></RmtInf>`);
      }
      expect(xml).toContain(`<Amt Ccy="EUR">${centsToDecimal(Math.abs(statement.net))}</Amt>`);
      // Days are UTC days: the week runs from Monday 00:00 to Sunday 23:59:59 UTC, and the file says so.
      expect(xml).toContain(`<FrToDt><FrDtTm>${statement.startDate}T00:00:00Z</FrDtTm><ToDtTm>${statement.endDate}T23:59:59Z</ToDtTm></FrToDt>`);
      expect(xml).toContain(' Days and weeks are counted in UTC: booking and value dates are UTC days.</AddtlStmtInf>');
    }
  });

  it('books a week that gives back more than it pays as a debit balance, the amount due debited after the period', async () => {
    // Nothing has moved in 2026-W48 by Tuesday 2026-11-24: a cancelled activated order makes its net negative.
    const admin = await signIn('admin');
    const [order] = ((await (await call('/orders?status=activated&pageSize=1', { token: admin })).json()) as OrderPage).items;
    const body = JSON.stringify({ version: order?.version, reason: 'Customer withdrew' });
    expect((await call(`/orders/${order?.orderNumber}/cancel`, { token: admin, method: 'POST', body })).status).toBe(200);
    setToday('2026-11-30');
    const token = await signIn('finance');
    const statement = (await (await call('/statements/2026-W48', { token })).json()) as Statement;
    expect(statement.net).toBeLessThan(0);
    const xml = await (await call('/statements/2026-W48/camt053', { token })).text();
    expect(validate(xml).valid).toBe(true);

    expect(amounts(xml)).toEqual(statement.movements.map((movement) => movement.amount));
    expect(entries(xml).every((entry) => entry.status === 'BOOK' && entry.booked >= '2026-11-23' && entry.booked <= '2026-11-29')).toBe(true);
    // The following week opens with the amount due, collected on the payout date.
    setToday('2026-12-07');
    const next = await (await call('/statements/2026-W49/camt053', { token })).text();
    expect(validate(next).valid).toBe(true);
    expect(balanceOf(next, 'OPBD')).toBe(statement.net);
    expect(entries(next).filter((entry) => isSettlement(entry.ref))).toEqual([{ ref: 'DEBIT-2026-W48', cents: -statement.net, status: 'BOOK', booked: '2026-12-01' }]);
    expect(next).toContain('<AddtlNtryInf>Amount due of the statement 2026-W48, debited from the payout account of the merchant</AddtlNtryInf>');
    expect(xml).toContain(`<Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">${centsToDecimal(-statement.net)}</Amt><CdtDbtInd>DBIT</CdtDbtInd>`);
    expect(balanceOf(xml, 'CLBD')).toBe(statement.net);
    expect(xml).toContain(`The closing balance is an amount due of EUR ${centsToDecimal(-statement.net)}, debited from the payout account of the merchant on 2026-12-01.`);
    expect(xml).not.toContain('paid out to');
  });

  it('announces no payout for test data, and still passes the schema', async () => {
    const token = await signIn('finance');
    const statement = (await (await call('/statements/2026-W47', { token, mode: 'test' })).json()) as Statement;
    expect(statement.net).not.toBe(0);
    const xml = await (await call('/statements/2026-W47/camt053', { token, mode: 'test' })).text();
    expect(validate(xml).valid).toBe(true);
    expect(amounts(xml)).toEqual(statement.movements.map((movement) => movement.amount));
    expect(xml).not.toContain('PAYOUT');
    expect(xml).not.toContain('<Cd>FWAV</Cd>');
    expect(xml).toContain(
      '<AddtlStmtInf>Test data: no money is paid out and no payout is made for this statement: the balance carries the net of every week. Days and weeks are counted in UTC: booking and value dates are UTC days.</AddtlStmtInf>',
    );
    // Never settled, the balance carries every week's net: each file opens where the one before closed.
    const before = await (await call('/statements/2026-W46/camt053', { token, mode: 'test' })).text();
    expect(balanceOf(xml, 'OPBD')).toBe(balanceOf(before, 'CLBD'));
    expect(balanceOf(xml, 'CLBD')).toBe(balanceOf(xml, 'OPBD') + statement.net);
    const year = (await (await call('/statements?year=2026', { token, mode: 'test' })).json()) as { items: Statement[] };
    expect(balanceOf(xml, 'CLBD')).toBe(sumOf(year.items.filter((item) => item.week <= '2026-W47').map((item) => item.net)));
  });

  it('is refused to support agents, like the other statement files', async () => {
    const response = await call('/statements/2026-W47/camt053', { token: await signIn('support') });
    expect(response.status).toBe(403);
  });

  it('escapes what it quotes, and the schema refuses a file that breaks it', () => {
    const statement: Statement = {
      week: '2026-W47', year: 2026, weekNumber: 47, startDate: '2026-11-16', endDate: '2026-11-22', currency: 'CHF',
      gross: 1_250, fees: -50, adjustments: 0, net: 1_200, movementCount: 2, payoutDate: '2026-11-25', settled: true,
      movements: [
        { id: 'm-1', date: '2026-11-17', type: 'activation', orderNumber: '1000001', paymentReference: 'BP1000001/4711', amount: 1_250, description: 'Order <1000001> & "friends"', reason: null, reasonCode: null },
        { id: 'm-2', date: '2026-11-18', type: 'fee', orderNumber: null, paymentReference: null, amount: -50, description: "Fee for O'Brien & Söhne", reason: null, reasonCode: null },
      ],
    };
    const previous = { week: '2026-W46', net: 0, payoutDate: '2026-11-18' };
    const xml = statementCamt053({ statement, previous, carriedInTest: 0, merchant: { id: '4711', name: 'Bergblick & Co <AG>' }, mode: 'test', createdAt: '2026-11-24T13:45:00.000Z' });
    expect(validate(xml).valid).toBe(true);
    expect(xml).toContain('Order &#60;1000001&#62; &#38; &#34;friends&#34;');
    expect(validate(xml.replace('<Sts><Cd>BOOK</Cd></Sts>', '')).valid).toBe(false);
  });
});

