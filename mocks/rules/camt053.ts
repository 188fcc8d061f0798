import type { Mode } from '@/contract/common';
import type { Movement, Statement } from '@/contract/statements';
import { centsToDecimal } from './money';
import { settlementDate, settlementOf, type Settlement } from './statement';

// A weekly statement as an ISO 20022 bank-to-customer statement (camt.053.001.08), the file
// accounting software reads from a bank. The account is the merchant's settlement account with the
// provider: it opens the week at zero, every movement is booked on it, and it closes at the week's
// net: what the provider owes the merchant, or (negative, a debit balance) what the merchant owes.
// Only the week's movements are its entries, each booked on its day within the period, so that the
// opening balance and the entries add up to the closing one. The settlement of that balance (the
// payout, or the debit of an amount due) happens after the period, on the payout date: it is said
// as the forward available balance (zero from then on) and in words, never as an entry. A zero week
// settles nothing: no forward balance, no date. Test data moves no money: its file announces no
// payout, and says so. The provider counts days in UTC: the period's date-times say so by their
// offset, and the statement's information in words.

const namespace = 'urn:iso:std:iso:20022:tech:xsd:camt.053.001.08';

const testDataNotice = 'Test data: no money is paid out and no payout is made for this statement.';
const utcNotice = 'Days and weeks are counted in UTC: booking and value dates are UTC days.';

export interface Camt053Input {
  statement: Statement;
  merchant: { id: string; name: string };
  mode: Mode;
  /** When the file is made, ISO 8601. */
  createdAt: string;
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

export function statementCamt053({ statement, merchant, mode, createdAt }: Camt053Input): string {
  const id = `COMPTOIR-${merchant.id}-${mode.toUpperCase()}-${statement.week}`;
  const { currency } = statement;
  const live = mode === 'live';
  const settled = settlementDate(statement, mode);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<Document xmlns="${namespace}"><BkToCstmrStmt>`,
    `<GrpHdr><MsgId>${text(id, 35)}</MsgId><CreDtTm>${createdAt}</CreDtTm></GrpHdr>`,
    `<Stmt><Id>${text(id, 35)}</Id><CreDtTm>${createdAt}</CreDtTm>`,
    `<FrToDt><FrDtTm>${statement.startDate}T00:00:00Z</FrDtTm><ToDtTm>${statement.endDate}T23:59:59Z</ToDtTm></FrToDt>`,
    `<Acct><Id><Othr><Id>${text(`COMPTOIR-${merchant.id}-${mode.toUpperCase()}`, 34)}</Id></Othr></Id><Ccy>${currency}</Ccy>`,
    `<Nm>${text(`Settlement account of ${merchant.name}`, 70)}</Nm><Ownr><Nm>${text(merchant.name, 140)}</Nm></Ownr></Acct>`,
    balance('OPBD', 0, currency, statement.startDate),
    balance('CLBD', statement.net, currency, statement.endDate),
    settled ? balance('FWAV', 0, currency, settled) : '',
    ...statement.movements.map((movement) => movementEntry(movement, currency)),
    `<AddtlStmtInf>${text(live ? `${settlementNotice(statement)} ${utcNotice}` : `${testDataNotice} ${utcNotice}`, 500)}</AddtlStmtInf>`,
    '</Stmt></BkToCstmrStmt></Document>\n',
  ].join('');
}
