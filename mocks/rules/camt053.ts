import type { Mode } from '@/contract/common';
import type { Movement, Statement } from '@/contract/statements';
import { centsToDecimal } from './money';
import { settlementDate, settlementOf, type Settlement } from './statement';

// A weekly statement as an ISO 20022 bank-to-customer statement (camt.053.001.08), the file
// accounting software reads from a bank. The account is the merchant's settlement account with the
// provider, and the files of successive weeks chain as a bank's do: each opens at the closing
// balance of the week before. In live data that balance is settled on its payout date, the Tuesday
// of the next week (paid out to the merchant, or an amount due debited from them), and the next
// week's file books the settlement as its entry of that day; every movement of the week is booked
// too, so the week closes at its net. The settlement of this week's balance, after the period, is
// said as the forward available balance (zero from then on) and in words. A zero week settles
// nothing: no entry, no forward balance. Test data moves no money: nothing is settled, the balance
// carries every week's net, and the file says so. The provider counts days in UTC: the period's
// date-times say so by their offset, and the statement's information in words.

const namespace = 'urn:iso:std:iso:20022:tech:xsd:camt.053.001.08';

const testDataNotice = 'Test data: no money is paid out and no payout is made for this statement: the balance carries the net of every week.';
const utcNotice = 'Days and weeks are counted in UTC: booking and value dates are UTC days.';

export interface Camt053Input {
  statement: Statement;
  /** The statement of the week before: its closing balance opens this one, settled within it in live data. */
  previous: Pick<Statement, 'week' | 'net' | 'payoutDate'>;
  /** Test data only: what every earlier week came to, the balance of an account never settled. */
  carriedInTest: number;
  merchant: { id: string; name: string };
  mode: Mode;
  /** When the file is made, ISO 8601. */
  createdAt: string;
}

/** The previous week's balance settled within this week: paid out (the account is debited), or collected as an amount due (credited). */
interface SettlementEntry {
  week: string;
  date: string;
  amount: number;
  kind: Exclude<Settlement, 'none'>;
}

/** The balance the week opens with, and the settlement of it booked in the week (live data, a balance other than zero). */
export function openingOf({ previous, carriedInTest, mode }: Pick<Camt053Input, 'previous' | 'carriedInTest' | 'mode'>): { balance: number; settlement: SettlementEntry | null } {
  if (mode === 'test') return { balance: carriedInTest, settlement: null };
  const date = settlementDate(previous, mode);
  const kind = settlementOf(previous);
  return { balance: previous.net, settlement: date && kind !== 'none' ? { week: previous.week, date, amount: -previous.net, kind } : null };
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** ISO 20022 text fields have maximum lengths (Max35Text, Max140Text…). */
const text = (value: string, maxLength: number) => escapeXml(value.slice(0, maxLength));

const amount = (cents: number, currency: string) => `<Amt Ccy="${currency}">${centsToDecimal(Math.abs(cents))}</Amt>`;
const direction = (cents: number) => `<CdtDbtInd>${cents < 0 ? 'DBIT' : 'CRDT'}</CdtDbtInd>`;

function balance(code: 'OPBD' | 'CLBD' | 'FWAV', cents: number, currency: string, date: string): string {
  return `<Bal><Tp><CdOrPrtry><Cd>${code}</Cd></CdOrPrtry></Tp>${amount(cents, currency)}${direction(cents)}<Dt><Dt>${date}</Dt></Dt></Bal>`;
}

/** A movement, booked: the payment reference is its remittance information, so it matches its order. */
function movementEntry(movement: Movement, currency: string): string {
  const reference = movement.paymentReference ?? movement.orderNumber;
  const details = [
    '<NtryDtls><TxDtls>',
    `<Refs><AcctSvcrRef>${text(movement.id, 35)}</AcctSvcrRef>${reference ? `<EndToEndId>${text(reference, 35)}</EndToEndId>` : ''}</Refs>`,
    `${amount(movement.amount, currency)}${direction(movement.amount)}`,
    reference ? `<RmtInf><Ustrd>${text(reference, 140)}</Ustrd></RmtInf>` : '',
    `<AddtlTxInf>${text(movement.description, 500)}</AddtlTxInf>`,
    '</TxDtls></NtryDtls>',
  ].join('');
  return [
    `<Ntry><NtryRef>${text(movement.id, 35)}</NtryRef>${amount(movement.amount, currency)}${direction(movement.amount)}`,
    `<Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>${movement.date}</Dt></BookgDt><ValDt><Dt>${movement.date}</Dt></ValDt>`,
    `<BkTxCd><Prtry><Cd>${movement.type.toUpperCase()}</Cd><Issr>Comptoir</Issr></Prtry></BkTxCd>`,
    details,
    `<AddtlNtryInf>${text(movement.description, 500)}</AddtlNtryInf></Ntry>`,
  ].join('');
}

/** The settlement of the week before, booked on its day: what empties the balance the week opened with. */
function settlementEntry({ week, date, amount: cents, kind }: SettlementEntry, currency: string): string {
  const id = `${kind === 'payout' ? 'PAYOUT' : 'DEBIT'}-${week}`;
  const words =
    kind === 'payout' ? `Payout of the statement ${week} to the payout account of the merchant` : `Amount due of the statement ${week}, debited from the payout account of the merchant`;
  return [
    `<Ntry><NtryRef>${id}</NtryRef>${amount(cents, currency)}${direction(cents)}`,
    `<Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>${date}</Dt></BookgDt><ValDt><Dt>${date}</Dt></ValDt>`,
    `<BkTxCd><Prtry><Cd>${kind === 'payout' ? 'PAYOUT' : 'DEBIT'}</Cd><Issr>Comptoir</Issr></Prtry></BkTxCd>`,
    `<NtryDtls><TxDtls><Refs><AcctSvcrRef>${id}</AcctSvcrRef></Refs>${amount(cents, currency)}${direction(cents)}<AddtlTxInf>${words}</AddtlTxInf></TxDtls></NtryDtls>`,
    `<AddtlNtryInf>${words}</AddtlNtryInf></Ntry>`,
  ].join('');
}

/** How the closing balance is settled after the period: paid out to the merchant, debited from it, or not at all. */
function settlementNotice(statement: Statement): string {
  const net = `${statement.currency} ${centsToDecimal(Math.abs(statement.net))}`;
  const notices: Record<Settlement, string> = {
    payout: `The closing balance of ${net} is paid out to the payout account of the merchant on ${statement.payoutDate}.`,
    debit: `The closing balance is an amount due of ${net}, debited from the payout account of the merchant on ${statement.payoutDate}.`,
    none: 'The closing balance is zero: nothing is paid out or debited.',
  };
  return notices[settlementOf(statement)];
}

export function statementCamt053({ statement, previous, carriedInTest, merchant, mode, createdAt }: Camt053Input): string {
  const id = `COMPTOIR-${merchant.id}-${mode.toUpperCase()}-${statement.week}`;
  const { currency } = statement;
  const live = mode === 'live';
  const settled = settlementDate(statement, mode);
  const opening = openingOf({ previous, carriedInTest, mode });
  const closing = opening.balance + (opening.settlement?.amount ?? 0) + statement.net;
  // Entries in the order of their days; the settlement comes first on its own.
  const booked = statement.movements.map((movement) => ({ date: movement.date, xml: movementEntry(movement, currency) }));
  if (opening.settlement) {
    const { date } = opening.settlement;
    const at = booked.findIndex((entry) => entry.date >= date);
    booked.splice(at === -1 ? booked.length : at, 0, { date, xml: settlementEntry(opening.settlement, currency) });
  }
  const notice = live ? `${settlementNotice(statement)} ${utcNotice}` : `${testDataNotice} ${utcNotice}`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<Document xmlns="${namespace}"><BkToCstmrStmt>`,
    `<GrpHdr><MsgId>${text(id, 35)}</MsgId><CreDtTm>${createdAt}</CreDtTm></GrpHdr>`,
    `<Stmt><Id>${text(id, 35)}</Id><CreDtTm>${createdAt}</CreDtTm>`,
    `<FrToDt><FrDtTm>${statement.startDate}T00:00:00Z</FrDtTm><ToDtTm>${statement.endDate}T23:59:59Z</ToDtTm></FrToDt>`,
    `<Acct><Id><Othr><Id>${text(`COMPTOIR-${merchant.id}-${mode.toUpperCase()}`, 34)}</Id></Othr></Id><Ccy>${currency}</Ccy>`,
    `<Nm>${text(`Settlement account of ${merchant.name}`, 70)}</Nm><Ownr><Nm>${text(merchant.name, 140)}</Nm></Ownr></Acct>`,
    balance('OPBD', opening.balance, currency, statement.startDate),
    balance('CLBD', closing, currency, statement.endDate),
    settled ? balance('FWAV', 0, currency, settled) : '',
    ...booked.map((entry) => entry.xml),
    `<AddtlStmtInf>${text(notice, 500)}</AddtlStmtInf>`,
    '</Stmt></BkToCstmrStmt></Document>\n',
  ].join('');
}
