import type { jsPDF } from 'jspdf';
import type { Mode } from '@/contract/common';
import type { MovementType, Statement } from '@/contract/statements';
import type { Merchant } from '../db/accounts';
import { centsToDecimal } from '../rules/money';

// A4 portrait, in millimetres.
const left = 18;
const right = 192;
const tableTop = 24;
const tableBottom = 276;
const rowHeight = 6;
const columns = { date: left, type: 42, orderNumber: 72, paymentReference: 102 } as const;

const typeLabels: Record<MovementType, string> = {
  activation: 'Activation',
  credit: 'Credit',
  reduction: 'Partial cancel',
  return: 'Return',
  fee: 'Provider fee',
  chargeback: 'Chargeback',
  adjustment: 'Adjustment',
};

export function formatAmount(cents: number, currency: string): string {
  return `${centsToDecimal(cents)} ${currency}`;
}

function tableHeader(pdf: jsPDF, y: number, currency: string): number {
  pdf.setFont('helvetica', 'bold').setFontSize(9);
  pdf.text('Date', columns.date, y);
  pdf.text('Type', columns.type, y);
  pdf.text('Order number', columns.orderNumber, y);
  pdf.text('Payment reference', columns.paymentReference, y);
  pdf.text(`Amount (${currency})`, right, y, { align: 'right' });
  pdf.line(left, y + 1.5, right, y + 1.5);
  pdf.setFont('helvetica', 'normal');
  return y + rowHeight;
}

/** Header and totals on the first page; returns where the table starts. */
function cover(pdf: jsPDF, statement: Statement, merchant: Merchant, mode: Mode): number {
  pdf.setFont('helvetica', 'bold').setFontSize(18);
  pdf.text('Weekly statement', left, 22);
  pdf.setFont('helvetica', 'normal').setFontSize(11);
  pdf.text(`${merchant.name}, merchant ${merchant.id}`, left, 32);
  pdf.text(`Mode: ${mode === 'live' ? 'Live' : 'Test'}`, left, 38);
  pdf.text(`Week ${statement.week}: Monday ${statement.startDate} to Sunday ${statement.endDate}`, left, 44);
  pdf.text(`Payout date: ${statement.payoutDate}`, left, 50);

  const totals: [string, string][] = [
    ['Gross', formatAmount(statement.gross, statement.currency)],
    ['Fees', formatAmount(statement.fees, statement.currency)],
    ['Adjustments', formatAmount(statement.adjustments, statement.currency)],
    ['Net payout', formatAmount(statement.net, statement.currency)],
    ['Movements', String(statement.movementCount)],
  ];
  let y = 62;
  for (const [label, value] of totals) {
    pdf.setFont('helvetica', label === 'Net payout' ? 'bold' : 'normal');
    pdf.text(label, left, y);
    pdf.text(value, 100, y, { align: 'right' });
    y += rowHeight;
  }
  return y + 8;
}

/**
 * The statement for the records: cover with the totals, then every movement,
 * the table's header repeated on each page and "Page X of Y" at the foot.
 */
export async function statementPdf(statement: Statement, merchant: Merchant, mode: Mode): Promise<ArrayBuffer> {
  // Loaded on first use: most sessions never download a PDF.
  const { jsPDF } = await import('jspdf');
  // Uncompressed, so that the text can be read back (tests, text search in archives).
  const pdf = new jsPDF({ unit: 'mm', format: 'a4', compress: false });
  pdf.setProperties({ title: `Weekly statement ${statement.week}`, author: 'Comptoir' });

  let y = tableHeader(pdf, cover(pdf, statement, merchant, mode), statement.currency);
  pdf.setFontSize(9);
  if (statement.movements.length === 0) pdf.text('No money moved this week.', left, y);
  for (const movement of statement.movements) {
    if (y > tableBottom) {
      pdf.addPage();
      y = tableHeader(pdf, tableTop, statement.currency);
      pdf.setFontSize(9);
    }
    pdf.text(movement.date, columns.date, y);
    pdf.text(typeLabels[movement.type], columns.type, y);
    if (movement.orderNumber) pdf.text(movement.orderNumber, columns.orderNumber, y);
    if (movement.paymentReference) pdf.text(movement.paymentReference, columns.paymentReference, y);
    pdf.text(centsToDecimal(movement.amount), right, y, { align: 'right' });
    y += rowHeight;
  }

  const pages = pdf.getNumberOfPages();
  for (let page = 1; page <= pages; page += 1) {
    pdf.setPage(page);
    pdf.setFont('helvetica', 'normal').setFontSize(8);
    pdf.text(`Statement ${statement.week}, ${merchant.name} (${merchant.id})`, left, 289);
    pdf.text(`Page ${page} of ${pages}`, right, 289, { align: 'right' });
  }
  return pdf.output('arraybuffer');
}
