import { http } from 'msw';
import { documentLanguages, documentQuerySchema } from '@/contract/orders';
import { shopperLanguage } from '@/contract/shopper-language';
import { currentStore } from '../db/store';
import { requireData } from '../http/guards';
import { contractBody } from '../http/contract-body';
import { answer, ProblemError } from '../http/problem';
import { readQuery } from '../http/validate';
import { orderDocumentPdf } from '../pdf/order-pdf';
import { issuedDocuments } from '../rules/order-documents';

const languageQuery = contractBody(documentQuerySchema, { lang: `Use one of ${documentLanguages.join(', ')}.` });

export const orderDocuments = [
  // Every role that may read the order may download its invoice and credit notes.
  http.get('*/api/orders/:orderNumber/documents/:documentId', ({ request, params }) =>
    answer(async () => {
      const caller = await requireData(request, 'orders:read');
      const orderNumber = String(params.orderNumber);
      const documentId = String(params.documentId);
      const { order, seller } = await currentStore().read((db) => ({
        order: db.order(caller.merchant.id, caller.mode, orderNumber),
        seller: db.accounts.billingDetails(caller.merchant.id),
      }));
      if (!order) throw new ProblemError(404, `There is no order ${orderNumber}.`);
      const documents = issuedDocuments(order);
      const issued = documents.find(({ document }) => document.id === documentId);
      if (!issued) throw new ProblemError(404, `Order ${orderNumber} has no document ${documentId}.`);
      const invoice = documents.find(({ document }) => document.type === 'invoice');
      const { lang } = readQuery(new URL(request.url).searchParams, languageQuery, { empty: 'refused' });
      const language = lang ?? shopperLanguage(order.billingAddress);
      const pdf = await orderDocumentPdf({ merchant: caller.merchant, seller, language, order, issued, invoiceNumber: invoice?.document.number ?? null });
      return new Response(pdf, {
        headers: {
          'Content-Type': 'application/pdf',
          // The same document in two languages saves as two files, side by side.
          'Content-Disposition': `attachment; filename="${issued.document.number}-${language}.pdf"`,
        },
      });
    }),
  ),
];
