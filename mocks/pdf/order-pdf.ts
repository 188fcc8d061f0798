import { paymentReference } from '@/contract/orders';
import type { Merchant } from '../db/accounts';
import { customerBankDetails, printedIban } from '../rules/bank-details';
import { datePart } from '../rules/dates';
import { centsToDecimal } from '../rules/money';
import type { IssuedDocument } from '../rules/order-documents';
import type { OrderRecord } from '../rules/order-model';
import { returnValue } from '../rules/order-actions';
import { dueDate } from '../rules/order-status';
import { shareOut, vatSummary, type VatRow } from '../rules/vat';
import { contentRight, margin, PdfWriter } from './pdf-writer';

export const providerName = 'Comptoir Pay';

interface DocumentInput {
  merchant: Merchant;
  order: OrderRecord;
  issued: IssuedDocument;
  /** The order's invoice, which a credit note refers to. */
  invoiceNumber: string | null;
}

/** Column positions (mm) of the invoice lines. */
const columns = { article: margin, title: 42, quantity: 110, unitPrice: 146, vat: 160, total: contentRight } as const;

/**
 * The invoice or credit note as a PDF. jsPDF is loaded on first use, so it
 * stays out of the app's startup; text is left uncompressed, which keeps it
 * searchable in tests.
 */
export async function orderDocumentPdf({ merchant, order, issued, invoiceNumber }: DocumentInput): Promise<ArrayBuffer> {
  const { jsPDF } = await import('jspdf');
  const { document } = issued;
  const pdf = new jsPDF({ unit: 'mm', format: 'a4', compress: false });
  pdf.setProperties({ title: document.number, author: providerName, subject: `${merchant.name} ${document.type} ${document.number}` });
  const money = (cents: number): string => `${order.currency} ${centsToDecimal(cents)}`;
  const out = new PdfWriter(pdf);

  out.line(providerName, { size: 18, bold: true }).line(`On behalf of ${merchant.name}, merchant ${merchant.id}`, { size: 9 }).gap(2);
  const { seller } = merchant;
  out.line('Seller', { bold: true, size: 9 }).line(`${merchant.name}, ${seller.street}, ${seller.postalCode} ${seller.city}`, { size: 9 });
  out.line(`VAT number: ${seller.vatNumber}`, { size: 9 }).gap(4);
  out.line(document.type === 'invoice' ? 'Invoice' : 'Credit note', { size: 15, bold: true });
  out.line(`Number: ${document.number}`).line(`Date: ${datePart(document.issuedAt)}`).gap();

  const { customer, billingAddress: address } = order;
  out.line('Customer', { bold: true }).line(customer.companyName ?? customer.name);
  if (customer.companyName) out.line(`Attn. ${customer.name}`);
  if (customer.vatNumber) out.line(`VAT number: ${customer.vatNumber}`);
  out.line(`Customer id: ${customer.customerId}`).gap(2);
  out.line('Billing address', { bold: true }).line(address.name).line(address.street).line(`${address.postalCode} ${address.city}`).line(address.country).gap();

  out.line(`Order ${order.orderNumber} of ${datePart(order.orderDate)}`);
  out.line(`Payment reference: ${paymentReference(order.orderNumber, order.merchantId)}`);
  if (order.yourReference) out.line(`Your reference: ${order.yourReference}`);
  out.gap();

  if (document.type === 'invoice') {
    out.text('Article', { x: columns.article, bold: true }).text('Title', { x: columns.title, bold: true });
    out.text('Qty', { x: columns.quantity, bold: true, align: 'right' }).text(`Unit price (${order.currency})`, { x: columns.unitPrice, bold: true, align: 'right' });
    out.text('VAT', { x: columns.vat, bold: true, align: 'right' }).line(`Line total (${order.currency})`, { x: columns.total, bold: true, align: 'right' });
    for (const line of order.lines) {
      out.text(line.articleNumber, { x: columns.article }).text(line.title, { x: columns.title, maxWidth: columns.quantity - columns.title - 10 });
      out.text(String(line.quantity), { x: columns.quantity, align: 'right' }).text(centsToDecimal(line.unitPrice), { x: columns.unitPrice, align: 'right' });
      out.text(`${line.vatRate}%`, { x: columns.vat, align: 'right' }).line(centsToDecimal(line.lineTotal), { x: columns.total, align: 'right' });
      if (line.discount > 0) out.line(`Discount -${centsToDecimal(line.discount)}`, { x: columns.title, size: 8 });
    }
    out.gap(2).text('Shipping fee').line(money(order.shippingFee), { x: columns.total, align: 'right' });
    out.text('Total, VAT included', { bold: true }).line(money(document.amount), { x: columns.total, bold: true, align: 'right' }).gap();
    writeVatSummary(out, vatSummary(invoicedByRate(order)), money);
    const due = dueDate(order.activatedAt, order.paymentTermDays);
    out.line(`Due date: ${due ?? '-'}`, { bold: true });
    // The shopper pays the provider, on their own virtual account: the reference then only confirms it.
    const payTo = customerBankDetails(order.country, order.customer.customerId);
    out.paragraph(`Please pay ${money(document.amount)} to ${payTo.accountHolder} by ${due ?? '-'}, quoting the payment reference.`);
    out.line(`IBAN: ${printedIban(payTo.iban)}`, { bold: true }).line(`BIC: ${payTo.bic}`);
  } else {
    out.line(`Refers to order ${order.orderNumber}${invoiceNumber ? `, invoice ${invoiceNumber}` : ''}.`);
    out.text('Credited amount', { bold: true }).line(money(document.amount), { x: columns.total, bold: true, align: 'right' }).gap();
    writeVatSummary(out, vatSummary(creditedByRate(order, issued, document.amount)), money);
    out.line('Reason', { bold: true }).paragraph(issued.event.reason ?? '-');
    const returned = issued.event.lines ?? [];
    if (returned.length > 0) {
      out.gap(2).line('Returned items', { bold: true });
      for (const item of returned) {
        const line = order.lines.find((candidate) => candidate.id === item.lineId);
        const reason = item.reason ? ` (${item.reason})` : '';
        out.paragraph(`${item.quantity} x ${line ? `${line.articleNumber} ${line.title}` : item.lineId}${reason}`);
      }
    }
    out.gap().paragraph(`This amount is deducted from what the customer owes ${providerName} for this order.`);
  }
  return pdf.output('arraybuffer');
}

/** The gross amount of each line at its VAT rate, the shipping fee at the highest rate of the order. */
function invoicedByRate(order: OrderRecord): { rate: number; gross: number }[] {
  const highest = Math.max(0, ...order.lines.map((line) => line.vatRate));
  return [...order.lines.map((line) => ({ rate: line.vatRate, gross: line.lineTotal })), { rate: highest, gross: order.shippingFee }];
}

/**
 * What a credit note gives back at each VAT rate: returned items at their lines' rates, an amount
 * off in proportion to what was invoiced at each rate; in whole cents adding up to the credit.
 */
function creditedByRate(order: OrderRecord, issued: IssuedDocument, credited: number): { rate: number; gross: number }[] {
  const returned = issued.event.lines ?? [];
  const parts =
    returned.length > 0
      ? returned.flatMap((item) => {
          const line = order.lines.find((candidate) => candidate.id === item.lineId);
          return line ? [{ rate: line.vatRate, gross: returnValue(line, item.quantity) }] : [];
        })
      : invoicedByRate(order);
  const shares = shareOut(credited, parts.map((part) => part.gross));
  return parts.map((part, index) => ({ rate: part.rate, gross: shares[index] ?? 0 }));
}

/** Net, VAT and gross per rate, as tax authorities ask a document to show them. */
function writeVatSummary(out: PdfWriter, rows: readonly VatRow[], money: (cents: number) => string): void {
  out.line('VAT summary', { bold: true });
  out.text('Rate', { x: columns.title, bold: true }).text('Net', { x: columns.unitPrice, bold: true, align: 'right' });
  out.text('VAT', { x: columns.vat + 12, bold: true, align: 'right' }).line('Gross', { x: columns.total, bold: true, align: 'right' });
  for (const row of rows.filter((item) => item.gross !== 0)) {
    out.text(`${row.rate}%`, { x: columns.title }).text(money(row.net), { x: columns.unitPrice, align: 'right' });
    out.text(money(row.vat), { x: columns.vat + 12, align: 'right' }).line(money(row.gross), { x: columns.total, align: 'right' });
  }
  out.gap();
}

