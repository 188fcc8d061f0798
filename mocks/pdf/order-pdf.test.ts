import { jsPDF } from 'jspdf';
import { documentLanguages } from '@/contract/orders';
import { documentTexts } from './document-texts';
import { columns } from './order-pdf';

describe("an invoice's line headings", () => {
  it.each(documentLanguages)('keep a gap between them in %s, in either currency', (language) => {
    const texts = documentTexts[language];
    // As the invoice writes them: bold, 10 pt; the figures' headings end at their column's right edge.
    const pdf = new jsPDF({ unit: 'mm', format: 'a4' }).setFont('helvetica', 'bold').setFontSize(10);
    const width = (text: string) => pdf.getTextWidth(text);
    for (const currency of ['EUR', 'CHF']) {
      const headings = [
        { right: columns.quantity, text: texts.quantity },
        { right: columns.unitPrice, text: `${texts.unitPrice} (${currency})` },
        { right: columns.vat, text: texts.vat },
        { right: columns.total, text: `${texts.lineTotal} (${currency})` },
      ];
      for (const [before, after] of headings.slice(0, -1).map((heading, index) => [heading, headings[index + 1]!] as const)) {
        expect(after.right - width(after.text) - before.right, `${before.text} | ${after.text}`).toBeGreaterThanOrEqual(2);
      }
    }
  });
});
