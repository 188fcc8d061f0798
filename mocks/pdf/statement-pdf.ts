import type { jsPDF } from 'jspdf';
import type { Mode } from '@/contract/common';
import { printedIban } from '@/contract/iban';
import type { Statement, StatementDetail } from '@/contract/statements';
import type { Merchant } from '../db/accounts';
import { spellingOf } from '../rules/csv-headers';
import { settlementOf } from '../rules/statement';
import { describeMovement, regionalDate, regionalMoney, valueTexts, type TextLanguage } from '../rules/value-texts';
import { winAnsi } from './pdf-writer';
import { statementTexts } from './statement-texts';

// A4 portrait, in millimetres.
const left = 18;
const right = 192;
const tableTop = 24;
const tableBottom = 276;
const rowHeight = 6;
const descriptionLineHeight = 3.8;
const noteLineHeight = 4;
// Wide enough for the longest type ("Gedeeltelijke annulering") and header ("Numéro de commande") in any language.
const columns = { date: left, type: 40, orderNumber: 82, paymentReference: 120 } as const;

type PayoutAccount = StatementDetail['payoutAccount'];

/** What the statement's pages share: its words and how its reader writes money and days. */
interface Reading {
  texts: (typeof statementTexts)[TextLanguage];
  money: (cents: number) => string;
  day: (day: string) => string;
}

function tableHeader(pdf: jsPDF, y: number, { texts }: Reading): number {
  pdf.setFont('helvetica', 'bold').setFontSize(9);
  pdf.text(texts.date, columns.date, y);
  pdf.text(texts.type, columns.type, y);
  pdf.text(texts.orderNumber, columns.orderNumber, y);
  pdf.text(texts.paymentReference, columns.paymentReference, y);
  pdf.text(texts.amount, right, y, { align: 'right' });
  pdf.line(left, y + 1.5, right, y + 1.5);
  pdf.setFont('helvetica', 'normal');
  return y + rowHeight;
}

/** Header and totals on the first page; returns where the table starts. */
function cover(pdf: jsPDF, statement: Statement, merchant: Merchant, mode: Mode, account: PayoutAccount, { texts, money, day }: Reading): number {
  pdf.setFont('helvetica', 'bold').setFontSize(18);
  pdf.text(texts.title, left, 22);
  pdf.setFont('helvetica', 'normal').setFontSize(11);
  pdf.text(texts.merchant(winAnsi(merchant.name), merchant.id), left, 32);
  pdf.text(texts.mode(mode === 'live'), left, 38);
  pdf.text(texts.week(statement.week, day(statement.startDate), day(statement.endDate)), left, 44);
  // Under the week, smaller: the days it counts are UTC days.
  pdf.setFontSize(9).setTextColor(80);
  let y = 49;
  for (const line of pdf.splitTextToSize(texts.utcDays, right - left) as string[]) {
    pdf.text(line, left, y);
    y += noteLineHeight;
  }
  pdf.setFontSize(11).setTextColor(0);
  y += 6 - noteLineHeight;
  // Test data moves no money: its statement announces no payout. A negative week is no payout
  // but an amount due, debited from the merchant on the payout date. A zero week settles nothing.
  const live = mode === 'live';
  const settlement = settlementOf(statement);
  const owed = live && settlement === 'debit';
  const nothing = live && settlement === 'none';
  const dated = owed ? texts.debitDate : texts.payoutDate;
  pdf.text(!live ? texts.noPayoutInTest : nothing ? texts.nothingToPayOut : dated(day(statement.payoutDate)), left, y);
  // The account it is paid to or debited from, as the statement's page names it.
  if (live && !nothing) {
    y += rowHeight;
    const named = account && { holder: winAnsi(account.accountHolder), iban: printedIban(account.iban) };
    pdf.text(named ? (owed ? texts.debitAccount : texts.payoutAccount)(named.holder, named.iban) : owed ? texts.noDebitAccount : texts.noPayoutAccount, left, y);
  }

  const net = !live ? texts.netInTest : owed ? texts.netDue : texts.net;
  const totals: [string, string][] = [
    [texts.gross, money(statement.gross)],
    [texts.fees, money(statement.fees)],
    [texts.adjustments, money(statement.adjustments)],
    [net, money(owed ? -statement.net : statement.net)],
    [texts.movements, String(statement.movementCount)],
  ];
  y += 12;
  for (const [label, value] of totals) {
    pdf.setFont('helvetica', label === net ? 'bold' : 'normal');
    pdf.text(label, left, y);
    pdf.text(value, 100, y, { align: 'right' });
    y += rowHeight;
  }
  return y + 8;
}

/**
 * The table's last row, under a rule: the sum of the amounts above it, on the page of the last
 * movement (a new one if that page is full), so that a long statement ends on what it adds up to.
 */
function closingTotal(pdf: jsPDF, statement: Statement, y: number, reading: Reading) {
  if (y + rowHeight > tableBottom) y = tableHeader(pdf.addPage(), tableTop, reading);
  pdf.line(left, y - 3, right, y - 3);
  pdf.setFont('helvetica', 'bold').setFontSize(9);
  pdf.text(reading.texts.total(statement.movements.length), columns.date, y + 1.5);
  // The week's net is the sum of its movements, signed as they are.
  pdf.text(reading.money(statement.net), right, y + 1.5, { align: 'right' });
  pdf.setFont('helvetica', 'normal');
}

/**
 * The statement for the records: cover with the totals, then every movement and their sum,
 * the table's header repeated on each page and "Page X of Y" at the foot.
 */
export async function statementPdf(statement: Statement, merchant: Merchant, mode: Mode, language: TextLanguage, account: PayoutAccount = null): Promise<ArrayBuffer> {
  const texts = statementTexts[language];
  // A Swiss merchant's German has no ß, as the app's and a CSV read in Swiss German.
  const spelling = spellingOf(`${language}-${merchant.country}`);
  const reading: Reading = {
    texts,
    money: (cents) => regionalMoney(cents, statement.currency, language, merchant.country),
    day: (day) => regionalDate(day, language, merchant.country),
  };
  // Loaded on first use: most sessions never download a PDF.
  const { jsPDF } = await import('jspdf');
  // Uncompressed, so that the text can be read back (tests, text search in archives).
  const pdf = new jsPDF({ unit: 'mm', format: 'a4', compress: false });
  pdf.setProperties({ title: `${texts.title} ${statement.week}`, author: 'Comptoir' });

  let y = tableHeader(pdf, cover(pdf, statement, merchant, mode, account, reading), reading);
  pdf.setFontSize(9);
  if (statement.movements.length === 0) pdf.text(texts.noMovement, left, y);
  for (const movement of statement.movements) {
    // The description, with its reason, on the lines under the row, as wide as the page allows. The
    // reason is the merchant's own text: what the standard fonts cannot draw is approximated first.
    pdf.setFontSize(8);
    const description: string[] = pdf.splitTextToSize(winAnsi(describeMovement(language, movement, statement.weekNumber, spelling)), right - columns.type);
    pdf.setFontSize(9);
    const descriptionHeight = description.length * descriptionLineHeight;
    if (y + descriptionHeight > tableBottom) {
      pdf.addPage();
      y = tableHeader(pdf, tableTop, reading);
      pdf.setFontSize(9);
    }
    pdf.text(reading.day(movement.date), columns.date, y);
    pdf.text(valueTexts[language].movementTypes[movement.type], columns.type, y);
    if (movement.orderNumber) pdf.text(movement.orderNumber, columns.orderNumber, y);
    if (movement.paymentReference) pdf.text(movement.paymentReference, columns.paymentReference, y);
    pdf.text(reading.money(movement.amount), right, y, { align: 'right' });
    pdf.setFontSize(8).setTextColor(80);
    pdf.text(description, columns.type, y + descriptionLineHeight);
    pdf.setFontSize(9).setTextColor(0);
    y += rowHeight + descriptionHeight;
  }
  if (statement.movements.length > 0) closingTotal(pdf, statement, y, reading);

  const pages = pdf.getNumberOfPages();
  for (let page = 1; page <= pages; page += 1) {
    pdf.setPage(page);
    pdf.setFont('helvetica', 'normal').setFontSize(8);
    pdf.text(texts.footer(statement.week, winAnsi(merchant.name), merchant.id), left, 289);
    pdf.text(texts.page(page, pages), right, 289, { align: 'right' });
  }
  return pdf.output('arraybuffer');
}
