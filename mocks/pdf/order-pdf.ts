import type { BillingDetails } from '@/contract/account';
import { printedIban } from '@/contract/iban';
import { paymentReference } from '@/contract/orders';
import type { Merchant } from '../db/accounts';
import { customerBankDetails } from '../rules/bank-details';
import { datePart } from '../rules/dates';
import { issuedDocuments, type IssuedDocument } from '../rules/order-documents';
import type { OrderRecord } from '../rules/order-model';
import { returnValue } from '../rules/order-actions';
import { dueDate } from '../rules/order-status';
import { spellingOf, spelt } from '../rules/csv-headers';
import { reasonInWords } from '../rules/reason-texts';
import { regionalAmount, regionalDate, regionalMoney, regionalRate, valueTexts } from '../rules/value-texts';
import { invoicedByRate, vatSummary, type VatRow } from '@/contract/vat';
import { creditsByRate, type RateAmount } from '../rules/vat';
import { documentTexts, type DocumentLanguage } from './document-texts';
import { contentRight, margin, PdfWriter } from './pdf-writer';

export const providerName = 'Comptoir Pay';

interface DocumentInput {
  merchant: Merchant;
  /** The merchant's billing details as they are now: the seller the document names. */
  seller: BillingDetails;
  /** The shopper's, unless the merchant asked for another. */
  language: DocumentLanguage;
  order: OrderRecord;
  issued: IssuedDocument;
  /** The order's invoice, which a credit note refers to. */
  invoiceNumber: string | null;
}

/**
 * Column positions (mm) of the invoice lines: the left edge of the first two, the right edge of the
 * figures. Wide enough apart that the longest headings (Dutch and German) keep a gap between them.
 */
export const columns = { article: margin, title: 42, quantity: 104, unitPrice: 141, vat: 155, total: contentRight } as const;

/** A VAT number's name: a Swiss one (CHE-…) by the Swiss name, any other by the language's. */
const vatLabel = (t: (typeof documentTexts)[DocumentLanguage], vatNumber: string) => (vatNumber.startsWith('CHE') ? t.swissVatNumber : t.vatNumber);

/** The country of an address by its name in the document's language, as a letter abroad ends: "Germany", not "DE". */
const countryName = (country: string, language: DocumentLanguage) => new Intl.DisplayNames([language], { type: 'region' }).of(country) ?? country;

/**
 * The invoice or credit note as a PDF. jsPDF is loaded on first use, so it
 * stays out of the app's startup; text is left uncompressed, which keeps it
 * searchable in tests.
 */
export async function orderDocumentPdf({ merchant, seller, language, order, issued, invoiceNumber }: DocumentInput): Promise<ArrayBuffer> {
  const t = documentTexts[language];
  const { jsPDF } = await import('jspdf');
  const { document } = issued;
  const pdf = new jsPDF({ unit: 'mm', format: 'a4', compress: false });
  pdf.setProperties({ title: document.number, author: providerName, subject: `${merchant.name} ${document.type} ${document.number}` });
  // Money and days as the shopper's region writes them, in the document's language.
  const region = order.billingAddress.country;
  const money = (cents: number): string => regionalMoney(cents, order.currency, language, region);
  const amount = (cents: number): string => regionalAmount(cents, order.currency, language, region);
  const day = (instant: string): string => regionalDate(datePart(instant), language, region);
  const rate = (percent: number): string => regionalRate(percent, language, region);
  // The reasons' words spelt as that region does: a Swiss shopper's German has no ß.
  const reasons = spelt(valueTexts[language].reasons, spellingOf(`${language}-${region}`));
  const out = new PdfWriter(pdf);

  out.line(providerName, { size: 18, bold: true }).line(t.onBehalfOf(merchant.name, merchant.id), { size: 9 }).gap(2);
  out.line(t.seller, { bold: true, size: 9 }).line(`${seller.companyName}, ${seller.street}, ${seller.postalCode} ${seller.city}`, { size: 9 });
  out.line(t.field(vatLabel(t, seller.vatNumber), seller.vatNumber), { size: 9 }).gap(4);
  out.line(document.type === 'invoice' ? t.invoice : t.creditNote, { size: 15, bold: true });
  out.line(t.field(t.number, document.number)).line(t.field(t.date, day(document.issuedAt))).gap();

  const { customer, billingAddress: address } = order;
  out.line(t.customer, { bold: true }).line(customer.companyName ?? customer.name);
  if (customer.companyName) out.line(`${t.attention} ${customer.name}`);
  if (customer.vatNumber) out.line(t.field(vatLabel(t, customer.vatNumber), customer.vatNumber));
  out.line(t.field(t.customerId, customer.customerId)).gap(2);
  out.line(t.billingAddress, { bold: true }).line(address.name).line(address.street).line(`${address.postalCode} ${address.city}`).line(countryName(address.country, language)).gap();

  out.line(t.orderOf(order.orderNumber, day(order.orderDate)));
  out.line(t.field(t.paymentReference, paymentReference(order.orderNumber, order.merchantId)));
  if (order.yourReference) out.line(t.field(t.yourReference, order.yourReference));
  out.gap();

  if (document.type === 'invoice') {
    out.text(t.article, { x: columns.article, bold: true }).text(t.title, { x: columns.title, bold: true });
    out.text(t.quantity, { x: columns.quantity, bold: true, align: 'right' }).text(`${t.unitPrice} (${order.currency})`, { x: columns.unitPrice, bold: true, align: 'right' });
    out.text(t.vat, { x: columns.vat, bold: true, align: 'right' }).line(`${t.lineTotal} (${order.currency})`, { x: columns.total, bold: true, align: 'right' });
    for (const line of order.lines) {
      out.text(line.articleNumber, { x: columns.article }).text(line.title, { x: columns.title, maxWidth: columns.quantity - columns.title - 10 });
      out.text(String(line.quantity), { x: columns.quantity, align: 'right' }).text(amount(line.unitPrice), { x: columns.unitPrice, align: 'right' });
      out.text(rate(line.vatRate), { x: columns.vat, align: 'right' }).line(amount(line.lineTotal), { x: columns.total, align: 'right' });
      if (line.discount > 0) out.line(`${t.discount} ${amount(-line.discount)}`, { x: columns.title, size: 8 });
    }
    out.gap(2).text(t.shippingFee).line(money(order.shippingFee), { x: columns.total, align: 'right' });
    out.text(t.total, { bold: true }).line(money(document.amount), { x: columns.total, bold: true, align: 'right' }).gap();
    writeVatSummary(out, t, vatSummary(invoicedByRate(order)), money, rate);
    const dueDay = dueDate(order.activatedAt, order.paymentTermDays);
    const due = dueDay ? day(dueDay) : '-';
    out.line(t.field(t.dueDate, due), { bold: true });
    // The shopper pays the provider, on their own virtual account: the reference then only confirms it.
    // A debit or a card pays without them; the account is there should that fail.
    const payTo = customerBankDetails(order.country, order.customer.customerId);
    const howToPay = { invoice: t.pleasePay, 'direct-debit': t.willDebit, instalments: t.inInstalments }[order.paymentMethod];
    out.paragraph(howToPay(money(document.amount), payTo.accountHolder, due, order.currency === 'EUR'));
    out.line(t.field('IBAN', printedIban(payTo.iban)), { bold: true }).line(t.field('BIC', payTo.bic));
  } else {
    out.line(t.refersTo(order.orderNumber, invoiceNumber));
    out.text(t.creditedAmount, { bold: true }).line(money(document.amount), { x: columns.total, bold: true, align: 'right' }).gap();
    writeVatSummary(out, t, vatSummary(creditedByRate(order, issued)), money, rate);
    // A known reason reads in the document's language, with the note added to it; one a user typed, as typed.
    const { reason, reasonCode } = issued.event;
    out.line(t.reason, { bold: true }).paragraph(reasonInWords(language, reasons, reasonCode, reason) ?? '-');
    const returned = issued.event.lines ?? [];
    if (returned.length > 0) {
      out.gap(2).line(t.returnedItems, { bold: true });
      for (const item of returned) {
        const line = order.lines.find((candidate) => candidate.id === item.lineId);
        const why = reasonInWords(language, reasons, item.reasonCode, item.reason);
        const reason = why ? ` (${why})` : '';
        out.paragraph(`${item.quantity} x ${line ? `${line.articleNumber} ${line.title}` : item.lineId}${reason}`);
      }
    }
    out.gap().paragraph(t.deducted(providerName));
  }
  return pdf.output('arraybuffer');
}

/**
 * What a credit note gives back at each VAT rate, read with the order's credit notes before it:
 * returned items at their lines' rates, an amount over what each rate still has open.
 */
function creditedByRate(order: OrderRecord, issued: IssuedDocument): RateAmount[] {
  const notes = issuedDocuments(order).filter(({ document }) => document.type === 'credit-note');
  const credits = notes.map(({ document, event }) => ({
    amount: document.amount,
    returned:
      event.lines && event.lines.length > 0
        ? event.lines.flatMap((item) => {
            const line = order.lines.find((candidate) => candidate.id === item.lineId);
            return line ? [{ rate: line.vatRate, gross: returnValue(line, item.quantity) }] : [];
          })
        : null,
  }));
  const index = notes.findIndex(({ document }) => document.id === issued.document.id);
  return creditsByRate(invoicedByRate(order), credits)[index] ?? [];
}

/** Columns (mm) of the VAT summary: far enough apart for "TVA" and "TVA comprise" and six-figure amounts. */
const summaryColumns = { rate: columns.title, net: 122, vat: 154, gross: contentRight } as const;

/** Net, VAT and gross per rate, as tax authorities ask a document to show them. */
function writeVatSummary(
  out: PdfWriter,
  t: (typeof documentTexts)[DocumentLanguage],
  rows: readonly VatRow[],
  money: (cents: number) => string,
  rate: (percent: number) => string,
): void {
  out.line(t.vatSummary, { bold: true });
  out.text(t.rate, { x: summaryColumns.rate, bold: true }).text(t.net, { x: summaryColumns.net, bold: true, align: 'right' });
  out.text(t.vat, { x: summaryColumns.vat, bold: true, align: 'right' }).line(t.gross, { x: summaryColumns.gross, bold: true, align: 'right' });
  for (const row of rows.filter((item) => item.gross !== 0)) {
    out.text(rate(row.rate), { x: summaryColumns.rate }).text(money(row.net), { x: summaryColumns.net, align: 'right' });
    out.text(money(row.vat), { x: summaryColumns.vat, align: 'right' }).line(money(row.gross), { x: summaryColumns.gross, align: 'right' });
  }
  out.gap();
}
