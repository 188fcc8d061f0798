import { paymentReference } from '@/contract/orders';
import type { Merchant } from '../db/accounts';
import { customerBankDetails, printedIban } from '../rules/bank-details';
import { datePart } from '../rules/dates';
import { centsToDecimal } from '../rules/money';
import type { IssuedDocument } from '../rules/order-documents';
import type { OrderRecord } from '../rules/order-model';
import { dueDate } from '../rules/order-status';
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

  out.line(providerName, { size: 18, bold: true }).line(`On behalf of ${merchant.name}, merchant ${merchant.id}`, { size: 9 }).gap(6);
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
    const due = dueDate(order.activatedAt, order.paymentTermDays);
    out.line(`Due date: ${due ?? '-'}`, { bold: true });
    // The shopper pays the provider, on their own virtual account: the reference then only confirms it.
    const payTo = customerBankDetails(order.country, order.customer.customerId);
    out.paragraph(`Please pay ${money(document.amount)} to ${payTo.accountHolder} by ${due ?? '-'}, quoting the payment reference.`);
    out.line(`IBAN: ${printedIban(payTo.iban)}`, { bold: true }).line(`BIC: ${payTo.bic}`);
  } else {
    out.line(`Refers to order ${order.orderNumber}${invoiceNumber ? `, invoice ${invoiceNumber}` : ''}.`);
    out.text('Credited amount', { bold: true }).line(money(document.amount), { x: columns.total, bold: true, align: 'right' }).gap(2);
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
